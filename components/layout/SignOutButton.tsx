"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
