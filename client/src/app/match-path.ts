/**
 * Matches a path against a route pattern with `:name` segments (the subset of wouter's syntax the
 * route table uses), outside React: main.tsx uses it to start the first page's downloads early.
 *
 * @example matchPath('/p/:productId', '/p/sofa-oslo-3') // { productId: 'sofa-oslo-3' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, w] of want.entries()) {
    const g = got[i];
    if (w.startsWith(':') && g !== undefined) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}
