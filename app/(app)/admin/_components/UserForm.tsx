"use client";
// Create or edit a user: name, email, role, department, sign-in method and competence tags. The same
// schema runs here and in the server action; rules that need the database (department fits role,
// email free, tag on the list, the last administrator) come back from the server next to the field.
import Link from "next/link";
import { useTranslations } from "use-intl";
import { ChoiceGroup, SelectField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/FormMessage";
import { errorsFor, SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { ASSIGNABLE_ROLES } from "@/lib/auth/policy/staff";
import { SIGN_IN_METHODS, ZCreateUser, ZUpdateUser } from "@/lib/validation/admin";
import type { ActionState } from "@/lib/validation/form";
import { LinkPanel } from "./LinkPanel";
import { HiddenFields } from "@/components/forms/HiddenFields";

type Link_ = { url: string; expiresAt: Date } | null;
type Values = { name: string; email: string; role: string; departmentId: string | null; signInMethod: string; competenceTags: string[] };

export function UserForm({
  mode,
  action,
  departments,
  tags,
  values,
  userId,
  version,
  isSelf = false,
}: {
  mode: "create" | "edit";
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  departments: { id: string; name: string; kind: string }[];
  tags: { key: string; label: string }[];
  values?: Values;
  userId?: string;
  version?: number;
  isSelf?: boolean;
}) {
  const t = useTranslations();
  const schema = mode === "create" ? ZCreateUser : ZUpdateUser;
  const { result, onSubmit, formAction, pending, errors, formError, ref, success } = useActionForm(schema, action, {
    resetOnSuccess: mode === "create",
  });
  const data = (result?.ok ? result.data : undefined) as { id?: string; link?: Link_ } | undefined;
  const v = values ?? { name: "", email: "", role: "", departmentId: null, signInMethod: "PASSWORD", competenceTags: [] };
  return (
    <>
      <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
        <FormMessage error={formError} success={success} />
        {/* The one-time link right after the message (which takes the focus): the link and "Kopiér link"
            come next in the Tab order, before "Gå til brugeren" (fix16 item 2). Its field has no name:
            it is not posted with the form; its button is type="button". */}
        {data?.link ? <LinkPanel link={data.link} /> : null}
        {mode === "create" && data?.id ? (
          <p className="mb-4 text-sm">
            <Link prefetch={false} href={`/admin/users/${data.id}`}>
              {t("admin.users.form.openUser")}
            </Link>
          </p>
        ) : null}
        {userId ? <input type="hidden" name="userId" value={userId} /> : null}
        {version !== undefined ? <HiddenFields values={{ version: version }} /> : null}
        <div key={version ?? "new"}>
          <TextField
            name="name"
            label={t("admin.users.form.name")}
            defaultValue={v.name}
            errors={errors.name}
            required
            maxLength={200}
            autoComplete="off"
          />
          <TextField
            name="email"
            type="email"
            label={t("admin.users.form.email")}
            hint={t("admin.users.form.emailHint")}
            defaultValue={v.email}
            errors={errors.email}
            required
            maxLength={320}
            autoComplete="off"
          />
          {isSelf ? <input type="hidden" name="role" value={v.role} /> : null}
          <SelectField
            name={isSelf ? "roleShown" : "role"}
            label={t("admin.users.form.role")}
            hint={isSelf ? t("admin.users.errors.ownRole") : undefined}
            defaultValue={v.role}
            errors={errors.role}
            required
            disabled={isSelf}
            placeholder={t("admin.users.chooseRole")}
            options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
          />
          <SelectField
            name="departmentId"
            label={t("admin.users.form.department")}
            hint={t("admin.users.form.departmentHint")}
            defaultValue={v.departmentId ?? ""}
            errors={errors.departmentId}
            placeholder={t("admin.users.noDepartment")}
            options={departments.map((d) => ({ value: d.id, label: `${d.name} (${t(`common.departments.${d.kind}` as never)})` }))}
          />
          <ChoiceGroup
            name="signInMethod"
            type="radio"
            legend={t("admin.users.form.signInMethod")}
            defaultValue={v.signInMethod}
            errors={errors.signInMethod}
            options={SIGN_IN_METHODS.map((m) => ({ value: m, label: t(`admin.users.signInMethod.${m}`) }))}
          />
          <ChoiceGroup
            name="competenceTags"
            legend={t("admin.users.form.tags")}
            hint={t("admin.users.form.tagsHint")}
            defaultValue={v.competenceTags}
            errors={errorsFor(errors, "competenceTags")}
            options={tags.map((tag) => ({ value: tag.key, label: tag.label }))}
          />
        </div>
        <SubmitButton pending={pending}>
          {pending
            ? t("admin.users.form.submitting")
            : mode === "create"
              ? t("admin.users.form.submitCreate")
              : t("admin.users.form.submitUpdate")}
        </SubmitButton>
      </form>
    </>
  );
}
