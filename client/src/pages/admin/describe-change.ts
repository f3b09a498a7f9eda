/** One field that differs between an audit entry's `before` and `after`, values as short text. */
export interface ChangeRow {
  path: string;
  before: string | null;
  after: string | null;
}

const MAX_DEPTH = 3;

function flatten(v: unknown, prefix: string, out: Map<string, string>, depth: number): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth < MAX_DEPTH) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    return;
  }
  // A missing `before` (creation) or `after` (deletion) is nothing, not a field worth `null`.
  if (v === undefined || (v === null && !prefix)) return;
  out.set(prefix || '·', typeof v === 'string' ? v : JSON.stringify(v));
}

/**
 * The fields an audit entry changed, flattened to dotted paths (a few levels deep, deeper values
 * and arrays shown as JSON), in a stable order; unchanged fields are left out.
 *
 * @example describeChange({ price: { amount: 1 } }, { price: { amount: 2 } }) // [{ path: 'price.amount', before: '1', after: '2' }]
 */
export function describeChange(before: unknown, after: unknown): ChangeRow[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a, 0);
  flatten(after, '', b, 0);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((p) => a.get(p) !== b.get(p)).map((p) => ({ path: p, before: a.get(p) ?? null, after: b.get(p) ?? null }));
}
