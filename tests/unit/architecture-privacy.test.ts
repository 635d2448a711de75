// Privacy rules of the UI as source checks (issue 8): links never prefetch (a prefetch renders a
// person page nobody opened and writes a "viewed" row: item 3), and every form posts (a GET form,
// or a form that falls back to GET before hydration, puts names and CPR numbers into the URL: item 9). Each check lists its offenders as
// "file:line what"; each was seen failing on a planted violation.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { files, walk, where } from "./architecture/source";
import { isPrefetchRequest } from "@/proxy";

const appAndComponents = () => [...files("app"), ...files("components")].filter((f) => f.endsWith(".tsx"));

type JsxOpening = ts.JsxOpeningElement | ts.JsxSelfClosingElement;

function attribute(el: JsxOpening, name: string): ts.JsxAttribute | undefined {
  return el.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);
}

/** "file:line" of every JSX element named `tag` for which `ok` is false. */
function elementsFailing(tag: string, ok: (el: JsxOpening) => boolean): string[] {
  const out: string[] = [];
  for (const f of appAndComponents()) {
    walk(f, (n) => {
      if ((ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n)) && n.tagName.getText() === tag && !ok(n)) {
        out.push(`${where(f, n)} <${tag}>`);
      }
    });
  }
  return out;
}

describe("no prefetch of pages (issue 8 item 3)", () => {
  it("every <Link> in app/ and components/ says prefetch={false}", () => {
    expect(
      elementsFailing("Link", (el) => {
        const a = attribute(el, "prefetch");
        return !!a?.initializer && ts.isJsxExpression(a.initializer) && a.initializer.expression?.kind === ts.SyntaxKind.FalseKeyword;
      }),
    ).toEqual([]);
  });

  it("the server recognises the router's and the browser's prefetch requests, and only those", () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(isPrefetchRequest(h({ "next-router-prefetch": "1", rsc: "1" }))).toBe(true);
    expect(isPrefetchRequest(h({ "next-router-segment-prefetch": "/_tree", rsc: "1" }))).toBe(true);
    expect(isPrefetchRequest(h({ "sec-purpose": "prefetch;prerender" }))).toBe(true);
    expect(isPrefetchRequest(h({ "sec-purpose": "prefetch" }))).toBe(true);
    expect(isPrefetchRequest(h({ purpose: "prefetch" }))).toBe(true);
    expect(isPrefetchRequest(h({ rsc: "1", "next-router-state-tree": "%5B%5D" }))).toBe(false);
    expect(isPrefetchRequest(h({ accept: "text/html" }))).toBe(false);
    expect(isPrefetchRequest(h({ "sec-purpose": "nonprefetching" }))).toBe(false);
  });
});

describe("every form posts (issue 8 item 9)", () => {
  it('every <form> in app/ and components/ has a server action (action={…}) or method="post", never method="get"', () => {
    expect(
      elementsFailing("form", (el) => {
        const method = attribute(el, "method");
        const methodText = method?.initializer && ts.isStringLiteral(method.initializer) ? method.initializer.text.toLowerCase() : null;
        if (methodText === "get") return false;
        const action = attribute(el, "action");
        const actionIsFunction = !!action?.initializer && ts.isJsxExpression(action.initializer);
        return actionIsFunction || methodText === "post";
      }),
    ).toEqual([]);
  });
});
