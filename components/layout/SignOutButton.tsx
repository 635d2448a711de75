"use client";
import { signOutTo } from "./sign-out";
import { clearAllDrafts } from "@/components/forms/useDraft";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        // Drafts of typed text end with the session (issue 8 item 2).
        clearAllDrafts();
        void signOutTo("/login");
      }}
      className="rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
