// Calling the app's server actions over HTTP the way a forged browser request would (issue 9,
// authorization matrix over the server actions). A server action is a POST to a page URL with the
// `Next-Action: <id>` header; the id comes from the production build's
// `.next/server/server-reference-manifest.json` (by file and exported name). The body is what React's
// `encodeReply` makes of the action's arguments `(prevState, formData)`: a multipart form whose part
// "0" is the JSON argument list `[prevState, "$K1"]`, "$K1" referring to the FormData whose fields
// follow as "_1_<name>". The request is sent with `fetch` INSIDE a signed-in page, so it carries that
// user's session cookie and the app's own origin, like a tampered form in that user's browser.
// The answer is React's flight stream; its row "0" points at the row with the action's return value
// (an ActionState: { ok, message?, formError?, fieldErrors? }).
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

/** Form fields as the browser sends them: name/value pairs (a name may repeat, e.g. "participants"). */
export type Fields = [string, string][];

/** What the server answered: HTTP status, the raw flight body, and the action's return value when there was one. */
export type ActionReply = { status: number; body: string; result: unknown; redirect: string | null };

/**
 * The server action ids of the current production build, keyed "<file>#<exportedName>", e.g.
 * "app/(app)/rehab/actions.ts#addGoalAction". Reads `.next/server/server-reference-manifest.json`
 * under `root` (the checkout; run `npm run build` first).
 * @throws Error when the build has no manifest.
 */
export function serverActionIds(root: string = process.cwd()): Map<string, string> {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

/**
 * POSTs the server action `actionId` to the page `url` from inside `page` (its session), with
 * `fields` as the form data and `{}` as the previous state. Resolves with the status, the body and
 * the decoded return value (`undefined` when the answer carries none, e.g. a redirect or an error
 * page), and where the action redirected to (Next's `x-action-redirect` header), if it did.
 */
export async function postServerAction(page: Page, url: string, actionId: string, fields: Fields): Promise<ActionReply> {
  const reply = await page.evaluate(
    async ({ url, actionId, fields }) => {
      const body = new FormData();
      for (const [name, value] of fields) body.append(`_1_${name}`, value);
      body.set("0", JSON.stringify([{}, "$K1"]));
      const res = await fetch(url, {
        method: "POST",
        headers: { "Next-Action": actionId, Accept: "text/x-component" },
        body,
        redirect: "manual",
      });
      return { status: res.status, body: await res.text(), redirect: res.headers.get("x-action-redirect") };
    },
    { url, actionId, fields },
  );
  return { ...reply, result: actionResult(reply.body) };
}

/** The action's return value from a flight body: row "0" is `{ a: "$@<row>", … }`, that row is the value. */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    if (typeof root?.a === "string" && root.a.startsWith("$@")) return JSON.parse(rows.get(root.a.slice(2)) ?? "null");
    return root?.a;
  } catch {
    return undefined;
  }
}

/**
 * The fields of a form on `url` bound to the server action `actionId`, as the page renders them for
 * `page`'s user (hidden ids and versions, prefilled values, checked boxes and selected options; not
 * React's own "$ACTION_…" fields). `which` picks among several such forms (default: the first);
 * with `near`, only forms whose surrounding row, list item or section contains that text count.
 * Fetched and parsed inside the page, without rendering it. Resolves with null when there is no such form.
 */
export async function formFields(page: Page, url: string, actionId: string, which: number = 0, near?: string): Promise<Fields | null> {
  return page.evaluate(
    async ({ url, actionId, which, near }) => {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      const bound = [...doc.querySelectorAll("form")].filter((f) =>
        [...f.querySelectorAll<HTMLInputElement>("input[type=hidden]")].some(
          (i) => i.name.startsWith("$ACTION_") && (i.name + i.value).includes(actionId),
        ),
      );
      const around = (f: HTMLFormElement) => (f.closest("tr, li, article, section") ?? f.parentElement)?.textContent ?? "";
      const form = (near === undefined ? bound : bound.filter((f) => around(f).includes(near)))[which];
      if (!form) return null;
      return [...new FormData(form).entries()]
        .filter(([k, v]) => !k.startsWith("$ACTION_") && typeof v === "string")
        .map(([k, v]) => [k, v as string] as [string, string]);
    },
    { url, actionId, which, near },
  );
}

/** Status and the text of `<main>` of `url` for `page`'s user, fetched inside the page without rendering it. */
export async function pageText(page: Page, url: string): Promise<{ status: number; text: string }> {
  return page.evaluate(async (url) => {
    const res = await fetch(url);
    const doc = new DOMParser().parseFromString(await res.text(), "text/html");
    return { status: res.status, text: (doc.querySelector("main")?.textContent ?? "").replace(/\s+/g, " ").trim() };
  }, url);
}
