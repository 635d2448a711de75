// House rules that a linter would otherwise enforce (ARCHITECTURE.md, ADR 0005, ADR 0008): the
// path of a request (no database from app/ or components/, every use case through the runner,
// access decided only in lib/auth/policy), Danish time only in lib/time.ts / lib/clock.ts, server
// modules never reaching the browser, one use case per file, files of at most 300 lines, no
// hard-coded user-facing text. Each check lists its offenders as "file:line what", so a failure
// says where to look. Every check was seen failing once on a planted violation.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  allImports,
  files,
  hasDirective,
  lineCount,
  propName,
  rel,
  resolve,
  root,
  runtimeImports,
  text,
  walk,
  where,
} from "./architecture/source";

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------

/** The runner and its plumbing: the only code in lib/domain that opens transactions, binds scopes and writes the log. */
const RUNNER = new Set([
  "lib/domain/run-use-case.ts",
  "lib/domain/run-system-job.ts",
  "lib/domain/scoped-finders.ts",
  "lib/domain/audit-writer.ts",
  // The runner's history writer (ctx.history.record): numbers versions within the organisation.
  "lib/domain/history/record-version.ts",
]);

const appAndComponents = () => [...files("app"), ...files("components")];
const source = () => [...files("app"), ...files("components"), ...files("lib")];
const domain = () => files("lib/domain").filter((f) => !RUNNER.has(rel(f)));
/** Translations are data (every string a user reads), not logic. */
const isCatalogue = (f: string) => rel(f).startsWith("lib/i18n/messages/");
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

/** Registers a check; its test asserts that it finds no offender. */
function defineCheck(name: string, offenders: () => string[]) {
  it(name, () => {
    expect(offenders()).toEqual([]);
  });
}

/** "file:line specifier" for each import of a file that matches. */
function importsMatching(fs: string[], test: (specifier: string, file: string) => boolean, runtimeOnly = false): string[] {
  return fs.flatMap((f) =>
    (runtimeOnly ? runtimeImports(f) : allImports(f)).filter((i) => test(i.specifier, f)).map((i) => `${rel(f)}:${i.line} ${i.specifier}`),
  );
}

const lineAt = (t: string, index: number | undefined) => t.slice(0, index ?? 0).split("\n").length;
const isEquality = (n: ts.Node): n is ts.BinaryExpression =>
  ts.isBinaryExpression(n) &&
  [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ].includes(n.operatorToken.kind);

const ROLE_NAMES = new Set(["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR", "MANAGER", "ADMIN"]);
const DEPARTMENT_KINDS = new Set(["JOBCENTER", "HEALTH_CENTER"]);

describe("architecture boundaries", () => {
  defineCheck("app/ and components/ never import the database client or Prisma", () =>
    importsMatching(appAndComponents(), (s) => /^(@\/lib\/db\/|@prisma\/client)/.test(s) || /(^|\/)lib\/db\//.test(s)),
  );

  defineCheck("process.env is read only in lib/env.ts", () =>
    source()
      .filter((f) => rel(f) !== "lib/env.ts" && /process\.env/.test(text(f)))
      .map(rel),
  );

  defineCheck("modules that must never reach a browser are marked server-only", () =>
    [
      "lib/db/client.ts",
      "lib/auth/session.ts",
      "lib/audit/log.ts",
      "lib/audit/hash.ts",
      "lib/audit/verify.ts",
      "lib/crypto/cpr.ts",
      "lib/env.ts",
      "lib/clock.ts",
      "lib/domain/run-use-case.ts",
      "lib/domain/run-system-job.ts",
      "lib/domain/scoped-finders.ts",
      "lib/domain/audit-writer.ts",
    ].filter((f) => !allImports(path.join(root, f)).some((i) => i.specifier === "server-only")),
  );

  defineCheck("lib/domain does not import Next.js (use cases are framework-free)", () =>
    importsMatching(files("lib/domain"), (s) => s === "next" || s.startsWith("next/")),
  );

  defineCheck("components/ never import from app/", () =>
    importsMatching(
      files("components"),
      (s, f) => s.startsWith("@/app/") || (resolve(f, s)?.startsWith(path.join(root, "app") + path.sep) ?? false),
    ),
  );

  defineCheck("client components never reach server modules, directly or through other modules", () => {
    const server = (f: string) => {
      const r = rel(f);
      // The generated enums are plain constants (browser-safe); the rest of lib/db is the database.
      return (
        (r.startsWith("lib/db/") && r !== "lib/db/generated/enums.ts") ||
        r.startsWith("lib/domain/") ||
        r.startsWith("lib/audit/") ||
        r.startsWith("lib/crypto/") ||
        ["lib/auth/session.ts", "lib/env.ts", "lib/clock.ts"].includes(r)
      );
    };
    const offenders: string[] = [];
    for (const client of source().filter((f) => hasDirective(f, "use client"))) {
      const visited = new Set<string>();
      const visit = (f: string, chain: string[]) => {
        for (const i of runtimeImports(f)) {
          if (i.specifier === "server-only") offenders.push(`${[...chain, rel(f)].join(" → ")} → server-only`);
          const target = resolve(f, i.specifier);
          if (!target || visited.has(target)) continue;
          visited.add(target);
          // A server action module is a reference for the browser, not code that runs there.
          if (hasDirective(target, "use server")) continue;
          if (server(target)) offenders.push([...chain, rel(f), rel(target)].join(" → "));
          else visit(target, [...chain, rel(f)]);
        }
      };
      visit(client, []);
    }
    return offenders;
  });

  defineCheck("lib/domain has one exported use case per file at most, and every use case is written with defineUseCase", () => {
    const offenders: string[] = [];
    for (const f of domain()) {
      let useCases = 0;
      walk(f, (n) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "defineUseCase") useCases++;
        // A use case not written with the runner takes the actor as a parameter.
        if (
          (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
          n.parameters.some((p) => p.type && /\bActor\b/.test(p.type.getText()))
        )
          offenders.push(`${where(f, n)} takes an Actor`);
      });
      if (useCases > 1) offenders.push(`${rel(f)} has ${useCases} use cases`);
    }
    return offenders;
  });

  defineCheck("no source file is over 300 lines (generated code and the translation catalogues, which are data, excepted)", () =>
    source()
      .filter((f) => !isCatalogue(f) && lineCount(f) > 300)
      .map((f) => `${rel(f)} has ${lineCount(f)} lines`),
  );

  defineCheck("only the runner opens transactions and writes the access log in lib/domain", () =>
    domain().flatMap((f) => {
      const t = text(f);
      return [...t.matchAll(/\bgetDb\b|\$transaction\b|\blogAccess\b|\blistViewEntries\b/g)].map(
        (m) => `${rel(f)}:${lineAt(t, m.index)} ${m[0]}`,
      );
    }),
  );

  defineCheck(
    "use cases write no organisation filter, scope or version check by hand (the runner's finders and ctx.updateVersioned do)",
    () => {
      const offenders: string[] = [];
      for (const f of domain()) {
        walk(f, (n) => {
          // `where: { ..., organisationId }` at any depth, or `version` in a where (a hand-made optimistic update).
          if (ts.isPropertyAssignment(n) && propName(n.name) === "where") {
            const inner = (m: ts.Node): void => {
              const key = (ts.isPropertyAssignment(m) || ts.isShorthandPropertyAssignment(m)) && propName(m.name);
              if (key === "organisationId" || key === "version") offenders.push(`${where(f, m)} ${key} in a where`);
              ts.forEachChild(m, inner);
            };
            inner(n.initializer);
          }
          // record.version !== data.version
          if (isEquality(n) && [n.left, n.right].every((s) => ts.isPropertyAccessExpression(s) && s.name.text === "version"))
            offenders.push(`${where(f, n)} version compared by hand`);
          // Scopes and consent filters come from the runner; choosing a person to assign is a policy scope a use case may ask for,
          // and so is which named agenda items no longer name their citizen (lapsedNamedItemWhere, ADR 0017 addendum).
          if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && n.moduleSpecifier.text === "@/lib/auth/policy") {
            const named = n.importClause?.namedBindings;
            for (const e of named && ts.isNamedImports(named) ? named.elements : []) {
              if (/(Scope|Where|SCOPES|ScopeFor)$/.test(e.name.text) && !/^(assignable\w*Scope|lapsedNamedItemWhere)$/.test(e.name.text))
                offenders.push(`${where(f, e)} imports ${e.name.text}`);
            }
          }
        });
      }
      return offenders;
    },
  );

  defineCheck("only lib/auth/policy compares roles and department kinds", () => {
    const offenders: string[] = [];
    const isRoleOrKind = (e: ts.Node) =>
      (ts.isStringLiteral(e) && (ROLE_NAMES.has(e.text) || DEPARTMENT_KINDS.has(e.text))) ||
      (ts.isPropertyAccessExpression(e) && ["role", "departmentKind"].includes(e.name.text));
    // Data tooling acts for no person (an import file's rows, the synthetic municipality): checking that
    // a programme's department is a health center or creating a generated caseworker is data, not access.
    const dataTooling = (f: string) => rel(f).startsWith("lib/import/") || rel(f).startsWith("lib/synthetic/");
    for (const f of source().filter((f) => !rel(f).startsWith("lib/auth/policy/") && !isCatalogue(f) && !isTest(f) && !dataTooling(f))) {
      walk(f, (n) => {
        if (isEquality(n) && (isRoleOrKind(n.left) || isRoleOrKind(n.right))) offenders.push(`${where(f, n)} ${n.getText()}`);
        if (ts.isSwitchStatement(n) && isRoleOrKind(n.expression)) offenders.push(`${where(f, n)} switch on ${n.expression.getText()}`);
        // A role filter in a query, e.g. where: { role: "THERAPIST" }.
        if (
          ts.isPropertyAssignment(n) &&
          propName(n.name) === "role" &&
          ts.isStringLiteral(n.initializer) &&
          ROLE_NAMES.has(n.initializer.text)
        )
          offenders.push(`${where(f, n)} ${n.getText()}`);
        // ROLES.includes(actor.role) and the like.
        if (
          ts.isCallExpression(n) &&
          /\.(includes|has|indexOf)$/.test(n.expression.getText()) &&
          n.arguments.some((a) => ts.isPropertyAccessExpression(a) && ["role", "departmentKind"].includes(a.name.text))
        )
          offenders.push(`${where(f, n)} ${n.getText()}`);
      });
    }
    return offenders;
  });

  defineCheck("system jobs are not reachable from pages, actions or components", () =>
    importsMatching(appAndComponents(), (s, f) => {
      const target = resolve(f, s);
      return !!target && (rel(target) === "lib/domain/run-system-job.ts" || rel(target).startsWith("lib/domain/deadlines/"));
    }),
  );

  defineCheck("Danish time is converted only in lib/time.ts and lib/clock.ts; lib/format only formats", () => {
    const offenders: string[] = [];
    // lib/time-zone.ts only names the zone (without the tz rules, for browser code; ADR 0030).
    for (const f of source().filter((f) => !isTest(f) && !["lib/time.ts", "lib/clock.ts", "lib/time-zone.ts"].includes(rel(f)))) {
      const t = text(f);
      for (const [re, what] of [
        [/Europe\/Copenhagen/g, "the time zone by name"],
        [/getTimezoneOffset\(/g, "getTimezoneOffset"],
        [/T00:00:00(\.000)?Z/g, "a day parsed by hand"],
        [/toISOString\(\)\.slice\(0, ?10\)/g, "a day written by hand"],
      ] as const) {
        for (const m of t.matchAll(re)) offenders.push(`${rel(f)}:${lineAt(t, m.index)} ${what}`);
      }
      if (rel(f) !== "lib/format/index.ts" && /Intl\.DateTimeFormat/.test(t))
        offenders.push(`${rel(f)} Intl.DateTimeFormat outside lib/format`);
    }
    // Display formatting stays browser-safe: lib/format imports nothing server-side (no clock, no env).
    offenders.push(
      ...importsMatching(files("lib/format"), (s, f) => {
        const target = resolve(f, s);
        return !!target && ["lib/clock.ts", "lib/env.ts"].includes(rel(target));
      }),
    );
    return offenders;
  });
});

describe("user-facing text", () => {
  it("JSX has no hard-coded text: every visible string comes from the translations", () => {
    const offenders: string[] = [];
    for (const f of [...files("app", [".tsx"]), ...files("components", [".tsx"])]) {
      walk(f, (node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) offenders.push(`${rel(f)}: "${node.text.trim()}"`);
        // Literal strings in attributes people read: labels, titles, placeholders, alt texts.
        if (
          ts.isJsxAttribute(node) &&
          ["aria-label", "title", "placeholder", "alt", "label"].includes(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          offenders.push(`${rel(f)}: ${node.name.getText()}="${node.initializer.text}"`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
