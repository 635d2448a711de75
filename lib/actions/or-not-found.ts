// Pages: a domain NotFoundError (missing OR out of scope, indistinguishable by design) becomes 404.
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/domain/errors";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
