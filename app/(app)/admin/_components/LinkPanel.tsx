"use client";
// The one-time set-password link, shown once after it was issued, in a read-only field the admin can
// select or copy, with when it expires.
import { useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/messages";
import { Button } from "@/components/ui/Button";

export function LinkPanel({ link }: { link: { url: string; expiresAt: Date } }) {
  const t = useTranslations();
  const [copied, setCopied] = useState(false);
  // dd.mm.yyyy HH:mm in Danish time, like every other time in the product (lib/format), not the browser's style.
  const expires = formatDateTime(new Date(link.expiresAt), useLocale() as Locale);
  return (
    <section aria-labelledby="link-heading" className="mb-4 rounded-md border border-green-300 bg-green-50 p-4 text-sm text-green-950">
      <h2 id="link-heading" className="mb-2 text-base font-semibold">
        {t("admin.users.link.title")}
      </h2>
      <label htmlFor="setup-link" className="mb-1 block font-semibold">
        {t("admin.users.link.label")}
      </label>
      <input
        id="setup-link"
        readOnly
        value={link.url}
        aria-describedby="setup-link-hint"
        className="mb-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-slate-900"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id="setup-link-hint" className="mb-2">
        {t("admin.users.link.hint", { expires })}
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(link.url).then(() => setCopied(true));
        }}
      >
        {t("admin.users.link.copy")}
      </Button>
      {copied ? (
        <p role="status" className="mt-2">
          {t("admin.users.link.copied")}
        </p>
      ) : null}
    </section>
  );
}
