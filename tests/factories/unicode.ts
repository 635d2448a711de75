// Shared generators of invalid Unicode text for the invalid-input property tests (issue 8 item 4):
// control characters, direction overrides, invisible characters, text with nothing visible, names
// without letters, and very long names (also when decomposed: NFC must happen before the length check).
import fc from "fast-check";

/** C0/C1 control characters (not tab/LF/CR) and the bidi embedding/override/isolate characters. */
export const FORBIDDEN_IN_TEXT = [
  ..."\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009f",
  ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
];
/** Invisible format characters and separators a name may not contain (besides FORBIDDEN_IN_TEXT). */
export const INVISIBLE = [..."\u200b\u200c\u200d\u200e\u200f\u00ad\u2060\ufeff\u2028\u2029\n\t"];
const letters = fc.constantFrom("Anna", "Åskov", "Ærø", "Søren", "A\u030askov", "Zoë", "Nielsen");
const combining = fc.constantFrom("\u0301", "\u0308", "\u030a", "\u0327", "\u0336");

/** A readable word with one forbidden character inserted inside it (trimming cannot remove it). */
function withInserted(chars: readonly string[]) {
  return fc.tuple(letters, fc.constantFrom(...chars), fc.nat()).map(([w, c, i]) => {
    const at = 1 + (i % (w.length - 1));
    return w.slice(0, at) + c + w.slice(at);
  });
}

/** Free text any text field must refuse: a control or direction-override character in it, or nothing visible. */
export function badUnicodeText(max: number) {
  return fc.oneof(
    withInserted(FORBIDDEN_IN_TEXT),
    // Nothing visible, and nothing trim() removes (U+FEFF and spaces would trim to an empty, valid optional text).
    fc.array(fc.constantFrom("\u200b", "\u200d", "\u2060"), { minLength: 1, maxLength: 6 }).map((a) => a.join("")),
    fc.constantFrom("x".repeat(max + 1), "A\u030a".repeat(max + 1)),
  );
}

/** Person names that must be refused: everything in badUnicodeText, plus invisible characters, no letters, only combining marks. */
export function badUnicodeName(max: number) {
  return fc.oneof(
    badUnicodeText(max),
    withInserted(INVISIBLE),
    fc.array(combining, { minLength: 1, maxLength: 5 }).map((a) => a.join("")),
    fc.constantFrom("12345", "---", "' '", "٣٤٥", "🙂🙂"),
  );
}
