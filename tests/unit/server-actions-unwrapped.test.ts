// A form's server action reaches useActionState as it is (ADR 0032). Wrapped in a client function
// (fixes6's withFlash did), React can no longer name the server action in the server's HTML: the
// <form> then carries no action id, cannot post without JavaScript or before hydration, and the HTTP
// action matrix (tests/e2e/authorization-actions.spec.ts) does not find it. Checked on the source:
// - in components/forms, useActionState is given the hook's own parameter, never reassigned;
// - in app/ and components/, the action given to useActionForm is a name bound to an import from a
//   "use server" module or to a parameter / prop (a conditional between such names too), never a
//   function written or made in the file (arrow, function, call such as withFlash(...));
// - a client component hands no function written in place to a prop named "…action" / "…Action".
// Each check was seen failing on a planted violation (a withFlash-like wrapper, an inline arrow).
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { files, hasDirective, resolve, walk, where } from "./architecture/source";

const appAndComponents = () => [...files("app"), ...files("components")].filter((f) => !/\.test\.tsx?$/.test(f));

type Binding =
  | { kind: "import"; specifier: string }
  | { kind: "parameter" }
  | { kind: "variable"; init: ts.Expression | undefined }
  | { kind: "function" }
  | { kind: "unknown" };

/** The names a binding pattern (or plain name) binds. */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)));
}

/** What `name` is bound to where `at` stands: the nearest enclosing parameter, local or module-level declaration. */
function lookup(name: string, at: ts.Node): Binding {
  for (let n: ts.Node | undefined = at.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => boundNames(p.name).includes(name))) return { kind: "parameter" };
    const statements = ts.isBlock(n) || ts.isSourceFile(n) ? n.statements : undefined;
    for (const s of statements ?? []) {
      if (ts.isFunctionDeclaration(s) && s.name?.text === name) return { kind: "function" };
      if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          if (boundNames(d.name).includes(name))
            return ts.isIdentifier(d.name) ? { kind: "variable", init: d.initializer } : { kind: "unknown" };
        }
      }
      if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.importClause) {
        const c = s.importClause;
        const named = c.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements.map((e) => e.name.text) : [];
        if (c.name?.text === name || named.includes(name)) return { kind: "import", specifier: s.moduleSpecifier.text };
      }
    }
  }
  return { kind: "unknown" };
}

/** Why `e` (in `file`) may not be a server action as it is, or null when it is one. */
function notAsItIs(file: string, e: ts.Expression): string | null {
  if (ts.isParenthesizedExpression(e)) return notAsItIs(file, e.expression);
  if (ts.isConditionalExpression(e)) return notAsItIs(file, e.whenTrue) ?? notAsItIs(file, e.whenFalse);
  if (!ts.isIdentifier(e)) return `${ts.SyntaxKind[e.kind]} instead of a server action`;
  const b = lookup(e.text, e);
  switch (b.kind) {
    case "parameter":
      return null;
    case "import": {
      const target = resolve(file, b.specifier);
      return target && hasDirective(target, "use server") ? null : `${e.text} is imported from ${b.specifier}, not a "use server" module`;
    }
    case "variable":
      return b.init ? notAsItIs(file, b.init) : `${e.text} has no value`;
    case "function":
      return `${e.text} is a function of this file, not a server action`;
    default:
      return `${e.text}: not found`;
  }
}

const calls = (file: string, callee: string) => {
  const out: ts.CallExpression[] = [];
  walk(file, (n) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === callee) out.push(n);
  });
  return out;
};

describe("server actions reach useActionState as they are", () => {
  it("components/forms gives useActionState the hook's own action parameter, never reassigned", () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const f of files("components/forms")) {
      for (const call of calls(f, "useActionState")) {
        seen++;
        const arg = call.arguments[0];
        const fn = (() => {
          for (let n: ts.Node | undefined = call.parent; n; n = n.parent)
            if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n)) return n;
        })();
        const param = fn?.parameters.find((p) => arg && ts.isIdentifier(arg) && ts.isIdentifier(p.name) && p.name.text === arg.text);
        if (!arg || !ts.isIdentifier(arg) || !param) {
          offenders.push(`${where(f, call)} useActionState is not given a parameter of its function`);
          continue;
        }
        walk(f, (n) => {
          if (
            ts.isBinaryExpression(n) &&
            n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isIdentifier(n.left) &&
            n.left.text === arg.text &&
            n.pos >= fn!.pos &&
            n.end <= fn!.end
          )
            offenders.push(`${where(f, n)} ${arg.text} is reassigned before useActionState`);
        });
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it("the action given to useActionForm is a server action as it is (an import from a 'use server' module, or a prop)", () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const f of appAndComponents()) {
      for (const call of calls(f, "useActionForm")) {
        seen++;
        const arg = call.arguments[1];
        const why = arg ? notAsItIs(f, arg) : "no action";
        if (why) offenders.push(`${where(f, call)} ${why}`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it("client components hand no function written in place to an action prop", () => {
    const offenders: string[] = [];
    for (const f of appAndComponents().filter((x) => hasDirective(x, "use client"))) {
      walk(f, (n) => {
        if (!ts.isJsxAttribute(n) || !ts.isIdentifier(n.name) || !/(^a|A)ction$/.test(n.name.text)) return;
        const e = n.initializer && ts.isJsxExpression(n.initializer) ? n.initializer.expression : undefined;
        // The <form action={f.formAction}> of a hand-written form is the hook's own (React's) function.
        if (n.name.text === "action" && ts.isJsxOpeningLikeElement(n.parent.parent) && n.parent.parent.tagName.getText() === "form") return;
        if (e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isCallExpression(e)))
          offenders.push(`${where(f, n)} ${n.name.text}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
