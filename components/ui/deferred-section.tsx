/**
 * The props of a section (a Disclosure or a <details>) whose form the browser draws (ADR 0029), for the
 * page at `path`. `openForm` is the page's `form` parameter: absent, the form is deferred and the closed
 * section holds, for a browser without JavaScript, `linkText` as a link to `path?form=<key>#<key>`;
 * present, the server draws the form and opens the section when it is `key` (`?form=all`: every form,
 * none open).
 */
export function deferredSection(path: string, key: string, openForm: string | undefined, linkText: string) {
  return {
    id: key,
    open: openForm === key || undefined,
    deferred: openForm === undefined ? <a href={`${path}?form=${key}#${key}`}>{linkText}</a> : undefined,
  };
}
