"use client";
// Bulk onboarding: the admin picks a CSV file (read in the browser into the text field, or pasted),
// sees every line with the field at fault, and only when all lines are valid confirms the import of
// exactly the text that was previewed. The server checks it all again before creating anything.
import { useState, type ChangeEvent } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/messages";
import { TextAreaField } from "@/components/forms/fields";
import { FormMessage, useFocusOnShow } from "@/components/forms/FormMessage";
import { SubmitButton } from "@/components/forms/kit";
import { useActionForm } from "@/components/forms/useActionForm";
import { Table, Td } from "@/components/ui/Table";
import { IMPORT_COLUMNS, ZUserImport } from "@/lib/validation/admin";
import type { ActionState } from "@/lib/validation/form";
import type { ImportCheck } from "@/lib/domain/admin/check-user-import";
import { ASSIGNABLE_ROLES } from "@/lib/auth/policy/staff";
import { useErrorText } from "@/components/forms/useErrorText";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;
type Created = { id: string; name: string; email: string; link: { url: string; expiresAt: Date } | null }[];

export function ImportForm({ previewAction, importAction }: { previewAction: Action; importAction: Action }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const locale = useLocale() as Locale;
  const [text, setText] = useState("");
  const [previewed, setPreviewed] = useState("");
  // The server action as it is (ADR 0032: the form then posts without JavaScript too); the text sent is noted on submit.
  const preview = useActionForm(ZUserImport, previewAction);
  const confirm = useActionForm(ZUserImport, importAction);
  const check = preview.result?.ok ? (preview.result.data as ImportCheck) : undefined;
  const created = confirm.result?.ok ? (confirm.result.data as Created) : undefined;
  const stale = text !== previewed;
  // The roles a file may name, by their names in the UI (the import reads them, lib/domain/admin/user-csv.ts).
  const roles = ASSIGNABLE_ROLES.map((r) => t(`common.roles.${r}`)).join(", ");
  const roleUnknown = "admin.import.errors.roleUnknown"; // check-user-import's ROLE_UNKNOWN (a type import only here)
  // The answers appear outside the forms (or replace them): each takes the focus when it comes, as a
  // form's own message does (ADR 0032, fix16 item 1).
  const previewStatus = useFocusOnShow<HTMLParagraphElement>(check?.ok ? preview.result : undefined);
  const previewAlert = useFocusOnShow<HTMLParagraphElement>(check && !check.ok ? preview.result : undefined);
  const doneStatus = useFocusOnShow<HTMLParagraphElement>(created);

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.currentTarget.files?.[0];
    if (file) void file.text().then(setText);
  }

  if (created) {
    return (
      <>
        <p
          ref={doneStatus}
          role="status"
          tabIndex={-1}
          className="mb-4 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
        >
          {t("admin.import.done", { count: created.length })}
        </p>
        <Table
          caption={t("admin.import.doneCaption")}
          head={[t("admin.import.column.name"), t("admin.import.column.email"), t("admin.import.linkColumn")]}
        >
          {created.map((u) => (
            <tr key={u.id}>
              <Td>{u.name}</Td>
              <Td>{u.email}</Td>
              <Td>
                {u.link ? (
                  <>
                    <code className="break-all">{u.link.url}</code>
                    <span className="block text-slate-700">{formatDateTime(new Date(u.link.expiresAt), locale)}</span>
                  </>
                ) : (
                  t("admin.import.noLink")
                )}
              </Td>
            </tr>
          ))}
        </Table>
      </>
    );
  }

  const fileError = check && !check.ok ? check : undefined;
  const invalidCount = check?.ok ? check.rows.filter((r) => !r.user).length : 0;
  return (
    <>
      <form
        action={preview.formAction}
        onSubmit={(e) => {
          // A submission while one is under way is ignored by the hook: the text being previewed stays noted.
          if (!preview.pending) setPreviewed(text);
          preview.onSubmit(e);
        }}
        noValidate
        className="mb-6 max-w-3xl"
      >
        <FormMessage error={preview.formError} focusOnShow />
        <p className="mb-3 text-sm text-slate-700">{t("admin.import.columns")}</p>
        <div className="mb-4">
          <label htmlFor="csv-file" className="mb-1 block text-sm font-semibold text-slate-800">
            {t("admin.import.file")}
          </label>
          <input id="csv-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} className="block text-sm" />
        </div>
        <TextAreaField
          name="csv"
          label={t("admin.import.text")}
          hint={t("admin.import.textHint")}
          rows={8}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          errors={preview.errors.csv}
          required
          className="font-mono"
        />
        <SubmitButton pending={preview.pending}>{preview.pending ? t("admin.import.previewing") : t("admin.import.preview")}</SubmitButton>
      </form>
      {fileError ? (
        <p
          ref={previewAlert}
          role="alert"
          tabIndex={-1}
          className="mb-4 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          {t(fileError.error as "admin.import.errors.missingColumns", {
            columns: (fileError.missing ?? []).map((c) => t(`admin.import.column.${c}`)).join(", "),
          })}
        </p>
      ) : null}
      {check?.ok && !stale ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="mb-2 text-lg font-semibold">
            {t("admin.import.previewTitle")}
          </h2>
          <p ref={previewStatus} role="status" tabIndex={-1} className={`mb-3 text-sm ${check.valid ? "text-green-900" : "text-red-800"}`}>
            {check.valid
              ? t("admin.import.allValid", { count: check.rows.length })
              : t("admin.import.someInvalid", { count: invalidCount })}
          </p>
          <Table
            caption={t("admin.import.caption")}
            head={[t("admin.import.line"), ...IMPORT_COLUMNS.map((c) => t(`admin.import.column.${c}`)), t("admin.import.problems")]}
          >
            {check.rows.map((r) => (
              <tr key={r.line} className={r.user ? undefined : "bg-red-50"}>
                <Td>{r.line}</Td>
                {IMPORT_COLUMNS.map((c) => (
                  <Td key={c} className={r.errors[c] ? "font-semibold text-red-800" : ""}>
                    {r.values[c] || "—"}
                  </Td>
                ))}
                <Td>
                  {r.user ? (
                    t("admin.import.ok")
                  ) : (
                    <ul className="list-none space-y-1 text-red-800">
                      {Object.entries(r.errors).map(([c, keys]) => (
                        <li key={c}>
                          {t(`admin.import.column.${c as (typeof IMPORT_COLUMNS)[number]}`)}:{" "}
                          {keys!.map((k) => (k === roleUnknown ? t(roleUnknown, { roles }) : errorText(k))).join(" ")}
                        </li>
                      ))}
                    </ul>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
          {check.valid ? (
            <form action={confirm.formAction} onSubmit={confirm.onSubmit} noValidate className="mt-4">
              <FormMessage error={confirm.formError ?? confirm.errors.csv?.[0]} focusOnShow />
              <input type="hidden" name="csv" value={previewed} />
              <SubmitButton pending={confirm.pending}>
                {confirm.pending ? t("admin.import.confirming") : t("admin.import.confirm", { count: check.rows.length })}
              </SubmitButton>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
