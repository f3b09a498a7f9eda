/**
 * A value a test needs to go on (the first mail of an outbox, a seeded product): fails the test
 * with what was missing instead of a TypeError further down.
 *
 * @example const mail = present((await outboxFor(admin, 'zoe@example.com'))[0], 'a mail to zoe');
 */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found none`);
  return value;
}
