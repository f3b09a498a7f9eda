import type { z } from 'zod';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';

/**
 * `parseInput` whose 422 also names the first wrong field (`{error: "invalid", field: "email"}`),
 * so an account form can put the message under that field.
 *
 * @example const body = parseAccountInput(SignUpRequestSchema, req.body);
 */
export function parseAccountInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  try {
    return parseInput(schema, input ?? {});
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    const issues = (e.extra.issues as { path: string }[] | undefined) ?? [];
    throw new HttpError(e.status, e.code, e.message, { ...e.extra, field: issues[0]?.path || undefined });
  }
}
