import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written on behalf of one request (or one room message) carries. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `fn` with this request id: every log line written while it runs, and in everything it
 * awaits (database calls, cart steps, room actions), carries it as `reqId` (see create-logger.ts).
 *
 * @example withRequestId(req.id, next);
 */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request or room message being served, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
