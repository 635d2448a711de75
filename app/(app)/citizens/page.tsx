// The jobcenter's citizen register: search by name or full CPR number (posts to a server action,
// works without JavaScript; the search text never enters the URL: issue 8 item 9), masked CPR
// numbers, and the way to register a new citizen or open a case.
import { isPartialCprSearch } from "@/lib/validation/cpr";
import { orNotFound } from "@/lib/actions/or-not-found";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { searchCitizens } from "@/lib/domain/citizens/search-citizens";
import { ZSearchCitizens } from "@/lib/validation/citizens";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td } from "@/components/ui/Table";
import { Alert } from "@/components/ui/Alert";
import { SearchField } from "@/components/ui/SearchField";
import { buttonClass } from "@/components/ui/Button";
import { readPrivateSearch, SEARCH_ID_PARAM } from "@/lib/actions/private-search";
import { searchCitizensAction } from "./actions";
import { withPageMessages } from "@/components/layout/PageMessages";

export async function generateMetadata() {
  const t = await getT();
  return { title: t("citizens.title") };
}

async function CitizensPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const searchId = raw[SEARCH_ID_PARAM];
  const q = await readPrivateSearch(actor, "citizens", Array.isArray(searchId) ? searchId[0] : searchId);
  // A search with control characters (e.g. a NUL byte) is not run: the error is shown at the field.
  const parsed = ZSearchCitizens.safeParse({ q });
  const query = parsed.success ? parsed.data : { q: undefined };
  const searchError = parsed.success ? null : "errors.controlCharacters";
  const t = await getT();
  const result = await orNotFound(searchCitizens(actor, query));
  return (
    <>
      <PageHeader
        title={t("citizens.title")}
        intro={t("citizens.intro")}
        actions={
          can(actor, "citizen.create") ? (
            <Link prefetch={false} href="/citizens/new" className={buttonClass("primary")}>
              {t("citizens.newCitizen")}
            </Link>
          ) : undefined
        }
      />
      <form
        action={searchCitizensAction}
        role="search"
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="min-w-64 flex-1">
          <SearchField
            id="citizen-q"
            label={t("citizens.search.label")}
            hint={t("citizens.search.hint")}
            error={searchError ? t(searchError) : null}
            defaultValue={query.q ?? ""}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          />
        </div>
        <button type="submit" className={`${buttonClass("primary")} mb-6`}>
          {t("citizens.search.submit")}
        </button>
      </form>
      {result.invalidCpr ? <Alert tone="error">{t("citizens.search.invalidCpr")}</Alert> : null}
      {result.limited ? <Alert>{t("citizens.search.limited", { count: result.rows.length })}</Alert> : null}
      {result.rows.length === 0 ? (
        <p role="status">
          {t("citizens.search.empty")}
          {/* Only digits, but not a whole CPR number: say how to search (a part of a CPR number is never searched). */}
          {isPartialCprSearch(query.q) ? ` ${t("citizens.search.partialCpr")}` : null}
        </p>
      ) : (
        <Table
          caption={t("citizens.table.caption")}
          hideCaption
          head={[t("citizens.table.name"), t("citizens.table.cpr"), t("citizens.table.employmentStatus"), t("citizens.table.openCase")]}
        >
          {result.rows.map((r) => (
            <tr key={r.id}>
              <Td>
                <Link prefetch={false} href={`/citizens/${r.id}`}>
                  {r.name}
                </Link>
              </Td>
              <Td className="font-mono whitespace-nowrap">{r.cprMasked}</Td>
              <Td>{t(`cases.employmentStatus.${r.employmentStatus}`)}</Td>
              <Td>
                {r.openCase ? (
                  <Link prefetch={false} href={`/cases/${r.openCase.id}`}>
                    {t("citizens.table.goToCase", { status: t(`cases.status.${r.openCase.status}`) })}
                  </Link>
                ) : (
                  t("citizens.table.noOpenCase")
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export default withPageMessages("/citizens", CitizensPage);
