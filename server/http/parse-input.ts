import type { z } from 'zod';
import { HttpError } from './http-error';

/**
 * Validates untrusted input at the boundary; a mismatch is a 422 listing every problem.
 *
 * @example const body = parseInput(LoginRequestSchema, req.body);
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'request body'): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new HttpError(422, 'invalid', `invalid ${what}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'does not match'}`, { issues });
}
