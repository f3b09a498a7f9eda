import { randomUUID } from 'node:crypto';

/** The response header that gives every caller the id its request is logged under. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A proxy's or a client's id is kept when it looks like an id (letters, digits and `._:-`, at
 * most 64 characters): anything else could smuggle text into the logs.
 */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The id of one request: the incoming `X-Request-Id` when well-formed, a fresh UUID otherwise.
 *
 * @example requestIdFrom('abc-123') // 'abc-123'; requestIdFrom('<script>') // a new UUID
 */
export function requestIdFrom(incoming: string | undefined): string {
  return incoming !== undefined && WELL_FORMED.test(incoming) ? incoming : randomUUID();
}
