import type { Channel } from '../../shared/channel';
import { HttpError } from '../http/http-error';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import type { Metrics } from './metrics';

/** A failure as a label: the contract's error code, `unavailable` when the database did not answer, `error` for a bug. */
export function outcomeOf(err: unknown): string {
  if (err instanceof HttpError) return err.code;
  return isDatabaseUnavailable(err) ? 'unavailable' : 'error';
}

/**
 * Runs a batch of cart commands and counts its commands by channel and outcome (`ok` or the
 * error code); a refusal for insufficient stock is also a reservation failure.
 *
 * @example return countCartCommands(s.metrics, channel, req.commands.length, () => apply());
 */
export async function countCartCommands<T>(m: Metrics, channel: Channel, commands: number, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    m.cartCommands.inc({ channel, outcome: 'ok' }, commands);
    return result;
  } catch (e) {
    const outcome = outcomeOf(e);
    m.cartCommands.inc({ channel, outcome }, commands);
    if (outcome === 'insufficient_stock') m.reservationFailures.inc({ step: 'cart', channel });
    throw e;
  }
}

/**
 * Runs a checkout and counts it by channel and outcome: `placed`, `replayed` (the same
 * Idempotency-Key again) or the error code; a refusal for insufficient stock is also a
 * reservation failure.
 *
 * @example const { order, created } = await countCheckout(s.metrics, channel, () => checkout(...));
 */
export async function countCheckout<T extends { created: boolean }>(m: Metrics, channel: Channel, run: () => Promise<T>): Promise<T> {
  try {
    const result = await run();
    m.checkouts.inc({ channel, outcome: result.created ? 'placed' : 'replayed' });
    return result;
  } catch (e) {
    const outcome = outcomeOf(e);
    m.checkouts.inc({ channel, outcome });
    if (outcome === 'insufficient_stock') m.reservationFailures.inc({ step: 'checkout', channel });
    throw e;
  }
}
