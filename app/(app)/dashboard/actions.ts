"use server";
// The key-figure board's filter form posts here (issue 8 item 9); the filters stay in the URL.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { filterUrl } from "@/lib/actions/filter-url";

export async function filterKeyFiguresAction(fd: FormData): Promise<void> {
  await requireActor();
  redirect(filterUrl("/dashboard", fd, ["month", "window", "departmentId", "diagnosisGroup", "programmeId"]));
}
