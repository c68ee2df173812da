import type { z } from 'zod';

/**
 * Reads a JSON column through the schema that wrote it. Stored JSON is never trusted by a cast: a row
 * that does not fit (a hand-edited file, a bug in an old version) fails here, loudly and without its
 * content in the message, instead of travelling on as a wrong type.
 */
export function parseStored<S extends z.ZodType>(schema: S, json: string, what: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoredDataError(what, 'is not JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredDataError(what, `does not match its schema at ${parsed.error.issues[0]?.path.join('.') || '(root)'}`);
  return parsed.data;
}

/** A stored value that does not fit its schema. Its message names the column and path, never the value. */
export class StoredDataError extends Error {
  constructor(what: string, problem: string) {
    super(`stored ${what} ${problem}`);
    this.name = 'StoredDataError';
  }
}
