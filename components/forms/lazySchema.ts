// A form's zod schema loaded on demand (ADR 0030). zod (~32 KB gzipped) and the schema modules (with
// what they import: day rules, the 2014 rules engine for the reassessment check) are not part of a
// page's JavaScript at load: a form names its schema with `lazySchema(() => import(...), limits)` at
// module level, and useActionForm loads it when the form gets the focus or is submitted. The
// schema's text limits are stated with the reference (tests/unit/lazy-schema-limits.test.ts checks
// them against the schema), so maxlength and the counters are there from the server's HTML on. The
// server action validates every submission with the same schema regardless (ADR 0012).
import type { z } from "zod";

export type LazySchema<S extends z.ZodType = z.ZodType> = {
  readonly lazySchemaRef: true;
  /** The schema's text limits per field (textLimits(schema)), known without loading it. */
  readonly limits: Readonly<Record<string, number>>;
  /** The schema once loaded (undefined before). */
  readonly current: S | undefined;
  /** Loads the schema (one import per module, shared by every form that names it). */
  load(): Promise<S>;
};

/**
 * A schema reference that loads on demand, with the schema's text limits (`textLimits(schema)`; {} or
 * left out when it has none), e.g.
 * `const ZVoidCase = lazySchema(() => import(<the area module>).then((m) => m.ZVoidCase), { reason: 1000 });`
 * at module level (one reference per schema, so that every render shares one load). A failed
 * import (network) is retried at the next request.
 */
export function lazySchema<S extends z.ZodType>(loader: () => Promise<S>, limits: Record<string, number> = {}): LazySchema<S> {
  let pending: Promise<S> | undefined;
  const ref = {
    lazySchemaRef: true as const,
    limits,
    current: undefined as S | undefined,
    load(): Promise<S> {
      pending ??= loader().then(
        (s) => (ref.current = s),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      );
      return pending;
    },
  };
  return ref;
}

/** A schema given directly or a lazy reference. */
export type SchemaSource<S extends z.ZodType> = S | LazySchema<S>;

export function isLazySchema<S extends z.ZodType>(source: SchemaSource<S>): source is LazySchema<S> {
  return (source as { lazySchemaRef?: unknown }).lazySchemaRef === true;
}
