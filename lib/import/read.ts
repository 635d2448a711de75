// Streams an import file (docs/import-format.md) without holding it in memory: the header
// sections are assembled whole (they are small), the records of "citizens" one at a time.
// The file must be one JSON object whose "citizens" array comes after the header sections.
import fs from "node:fs";
import { parser } from "stream-json";
import Assembler from "stream-json/assembler.js";

export type ImportItem = { kind: "header"; key: string; value: unknown } | { kind: "citizen"; index: number; value: unknown };

type Token = { name: string; value?: unknown };

/** A JSON syntax or structure error, with how far into the file it happened. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Yields the header sections and then each citizen record, in file order.
 * `onBytes` is called with the number of bytes read so far (for a progress bar).
 * @throws ImportFileError on malformed JSON or when the top level is not an object.
 */
export async function* readImportItems(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<ImportItem> {
  const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  let bytes = 0;
  input.on("data", (chunk) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  const tokens = input.pipe(parser.asStream({ streamValues: false }));
  let depth = 0;
  let key: string | null = null;
  let inCitizens = false;
  let index = 0;
  let asm: Assembler | null = null;
  let started = false;
  try {
    for await (const tok of tokens as AsyncIterable<Token>) {
      if (asm) {
        asm.consume(tok as never);
        if (asm.done) {
          if (inCitizens) yield { kind: "citizen", index: index++, value: asm.current };
          else yield { kind: "header", key: key!, value: asm.current };
          asm = null;
        }
        continue;
      }
      if (!started) {
        if (tok.name !== "startObject") throw new ImportFileError("the file must contain one JSON object", bytes);
        started = true;
        depth = 1;
        continue;
      }
      if (depth === 1) {
        if (tok.name === "keyValue") {
          key = String(tok.value);
          continue;
        }
        if (tok.name === "endObject") {
          depth = 0;
          continue;
        }
        if (key === "citizens" && tok.name === "startArray") {
          inCitizens = true;
          depth = 2;
          continue;
        }
      } else if (depth === 2 && inCitizens && tok.name === "endArray") {
        inCitizens = false;
        depth = 1;
        continue;
      }
      asm = new Assembler();
      asm.consume(tok as never);
      if (asm.done) {
        if (inCitizens) yield { kind: "citizen", index: index++, value: asm.current };
        else yield { kind: "header", key: key!, value: asm.current };
        asm = null;
      }
    }
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError(e instanceof Error ? e.message : String(e), bytes);
  } finally {
    input.destroy();
  }
  if (!started || depth !== 0) throw new ImportFileError("the file ends before its JSON object is complete", bytes);
}
