// Which server actions of the build the HTTP matrix (tests/e2e/authorization-actions.spec.ts) must
// cover: every server action in the production build's manifest is either posted by a row of
// ./action-table.ts or listed here as taking no record id, with the reason. A new server action
// that is in neither fails the spec's coverage test, and so does an entry here that the build no
// longer has or that a row posts after all.

/**
 * Server actions ("<file>#<exportedName>", as in the manifest) that load no record by an id the
 * browser sends, so there is no other user's or municipality's record to forge: the scope of each
 * is the signed-in user's own account or session, the own organisation (its settings, rules,
 * targets, catalogue, user import), a creation, or a read filter that only redirects.
 */
export const NO_RECORD_ID: Record<string, string> = {
  "app/(app)/account/actions.ts#changeOwnPasswordAction": "the signed-in user's own password",
  "app/(app)/actions.ts#keepSessionAliveAction": "the signed-in user's own session",
  "lib/i18n/actions.ts#setLocale": "the browser's language cookie",
  "app/(auth)/set-password/actions.ts#setPasswordAction": "a one-time link's secret token, not a record id (no session)",
  "app/(app)/admin/competences/actions.ts#addCompetenceTagAction": "creates a tag in the own organisation",
  "app/(app)/admin/rules/actions.ts#updateRuleParametersAction": "the own organisation's rule parameters",
  "app/(app)/admin/rules/actions.ts#addRuleVersionAction": "a new version of the own organisation's rules",
  "app/(app)/admin/settings/actions.ts#updateOrganisationAction": "the own organisation",
  "app/(app)/admin/settings/actions.ts#updateSettingsAction": "the own organisation's settings",
  "app/(app)/admin/users/actions.ts#createUserAction": "creates a user in the own organisation",
  "app/(app)/admin/users/actions.ts#previewUserImportAction": "reads an uploaded file; writes nothing",
  "app/(app)/admin/users/actions.ts#importUsersAction": "creates users in the own organisation",
  "app/(app)/cases/actions.ts#filterMyCasesAction": "a list filter: only redirects",
  "app/(app)/citizens/actions.ts#searchCitizensAction": "a search: stores the own private search and redirects",
  "app/(app)/citizens/actions.ts#createCitizenAction": "creates a citizen in the own organisation",
  "app/(app)/citizens/[citizenId]/actions.ts#accessReportPeriodAction": "a period filter: only redirects to the report page (which checks)",
  "app/(app)/dashboard/actions.ts#filterKeyFiguresAction": "a dashboard filter: only redirects",
  "app/(app)/dashboard/targets/actions.ts#setKeyFigureTargetAction": "the own organisation's key-figure targets",
  "app/(app)/meetings/actions.ts#createMeetingAction": "creates a meeting (participants are checked against the own organisation)",
  "app/(app)/programmes/actions.ts#createProgrammeAction": "creates a programme in the own department",
  "app/(app)/referrals/actions.ts#filterReferralInboxAction": "an inbox filter: only redirects",
  "app/(app)/studies/actions.ts#createStudyAction": "creates a study (programmes are checked against the own catalogue)",
};

/**
 * What is wrong with the coverage: actions of the build with neither a row nor an entry in
 * NO_RECORD_ID, entries of NO_RECORD_ID the build does not have, and entries a row posts anyway.
 * `built`: the manifest's keys (server-actions.ts `serverActionIds`); `rowActions`: the rows' `action`s.
 */
export function coverageProblems(built: Iterable<string>, rowActions: Iterable<string>): string[] {
  const rows = new Set(rowActions);
  const buildKeys = new Set(built);
  return [
    ...[...buildKeys].filter((a) => !rows.has(a) && !(a in NO_RECORD_ID)).map((a) => `no row: ${a}`),
    ...Object.keys(NO_RECORD_ID)
      .filter((a) => !buildKeys.has(a))
      .map((a) => `listed as taking no record id but not in the build: ${a}`),
    ...Object.keys(NO_RECORD_ID)
      .filter((a) => rows.has(a))
      .map((a) => `listed as taking no record id but posted by a row: ${a}`),
    ...[...rows].filter((a) => !buildKeys.has(a)).map((a) => `a row's action is not in the build: ${a}`),
  ];
}
