// A form's zod schema loaded on demand (ADR 0030). zod (~32 KB gzipped) and the schema modules (with
// what they import: day rules, the 2014 rules engine for the reassessment check) are not part of a
// page's JavaScript at load: a form names its schema with `lazySchema(() => import(...))` at module
// level, and useActionForm loads it when the form is shown on screen, focused, or submitted
// (whichever comes first). The server action validates every submission with the same schema
// regardless (ADR 0012), so a form used before the schema arrived is still judged in full.
import type { z } from "zod";

export type LazySchema<S extends z.ZodType = z.ZodType> = {
  readonly lazySchemaRef: true;
  /** The schema once loaded (undefined before). */
  readonly current: S | undefined;
  /** Loads the schema (one import per module, shared by every form that names it). */
  load(): Promise<S>;
};

/**
 * A schema reference that loads on demand, e.g.
 * `const ZVoidCase = lazySchema(() => import(<the area module>).then((m) => m.ZVoidCase));`
 * at module level (one reference per schema, so that every render shares one load). A failed
 * import (network) is retried at the next request.
 */
export function lazySchema<S extends z.ZodType>(loader: () => Promise<S>): LazySchema<S> {
  let pending: Promise<S> | undefined;
  const ref = {
    lazySchemaRef: true as const,
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
