/**
 * The row a statement always returns (INSERT/UPDATE … RETURNING of a row known to exist, a
 * `count(*)`). An empty result there is a bug, not an answer, so it throws naming the statement
 * rather than letting `undefined` travel on.
 *
 * @example const user = onlyRow(await db.insert(users).values(v).returning(), 'insert user');
 */
export function onlyRow<T>(rows: readonly T[], statement: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`${statement} returned no row`);
  return row;
}
