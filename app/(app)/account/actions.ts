"use server";
import { runAction } from "@/lib/actions/run-action";
import { changeOwnPassword } from "@/lib/domain/account/change-own-password";
import type { ActionState } from "@/lib/validation/form";
import { ZChangeOwnPassword } from "@/lib/validation/account";

export async function changeOwnPasswordAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(ZChangeOwnPassword, fd, (actor, data) => changeOwnPassword(actor, data), "account.changed", {
    echo: false, // a form of passwords: nothing it sent comes back (fix10 item 1)
  });
}
