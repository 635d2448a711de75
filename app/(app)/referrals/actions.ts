"use server";
// The referral inbox's filter form posts here (issue 8 item 9); status and programme stay in the URL.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { filterUrl } from "@/lib/actions/filter-url";

export async function filterReferralInboxAction(fd: FormData): Promise<void> {
  await requireActor();
  redirect(filterUrl("/referrals", fd, ["status", "programme"]));
}
