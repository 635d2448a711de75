import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/policy";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor) : "/login");
}
