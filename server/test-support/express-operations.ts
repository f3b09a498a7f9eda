/** The parts of Express 5's router (router 2.x) this test reads. */
export interface RouterLayer {
  /** What `app.use(path, ...)` / `router.use(path, ...)` was given; `/` when none. */
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

const joinPath = (prefix: string, path: string) => (prefix === '/' ? '' : prefix.replace(/\/$/, '')) + path;

/**
 * Every `METHOD /path` the app answers under /api, read from the router stacks (routes on the app
 * itself and on routers mounted with `app.use('/api', router)`), with `:id` written `{id}` as in OpenAPI.
 */
export function expressOperations(stack: RouterLayer[], prefix = ''): string[] {
  const out: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      const { path, methods } = layer.route;
      if (typeof path !== 'string') {
        // Only the client's fallback (a RegExp that excludes /api/) is allowed to be a pattern.
        if (prefix.startsWith('/api')) throw new Error(`a route under ${prefix} has a non-string path ${String(path)}; list it by hand`);
        continue;
      }
      const full = joinPath(prefix, path);
      if (!full.startsWith('/api/')) continue;
      if (/[*?(){}]/.test(path)) throw new Error(`route ${full} uses a path pattern this test cannot compare; list it by hand`);
      for (const [method, on] of Object.entries(methods)) {
        if (on && method !== '_all') out.push(`${method.toUpperCase()} ${full.replace(/:(\w+)/g, '{$1}')}`);
      }
    } else if (layer.handle?.stack) {
      if (typeof layer.rawPath !== 'string') throw new Error(`a router is mounted on a non-string path ${String(layer.rawPath)}`);
      out.push(...expressOperations(layer.handle.stack, joinPath(prefix, layer.rawPath)));
    }
  }
  return out;
}

/** The Express app behind a test server: its request listener (Colyseus only listens for upgrades). */
export function expressAppOf(httpServer: { listeners(event: 'request'): unknown[] }): { router: { stack: RouterLayer[] } } {
  const app = httpServer.listeners('request').find((l) => typeof l === 'function' && 'router' in l) as unknown as { router: { stack: RouterLayer[] } } | undefined;
  if (!app) throw new Error('no Express app on the test server');
  return app;
}
