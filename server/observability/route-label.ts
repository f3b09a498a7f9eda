import type { Request } from 'express';

const ROUTE_BASE = Symbol('routeBase');

type Routed = Request & { [ROUTE_BASE]?: string };

/**
 * Keeps the mount path a route was matched under: Express sets `req.route` when a route matches,
 * but restores `req.baseUrl` to the parent's when an error leaves the router, so by the time the
 * error handler answers, `/api/carts/:id/commands` would read `/carts/:id/commands`.
 */
export function rememberRouteBase(req: Request): void {
  let route: unknown;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: unknown) {
      route = value;
      (req as Routed)[ROUTE_BASE] = req.baseUrl;
    },
  });
}

/**
 * The route a request was served by, as its pattern (`/api/carts/:id`), never the raw URL: ids
 * in labels would make one time series per cart. What no route served falls into a few buckets.
 *
 * @example routeLabel(req) // '/api/carts/:id/commands', '/matchmake', '/api/unmatched', 'static'
 */
export function routeLabel(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (route && typeof route.path === 'string') return `${(req as Routed)[ROUTE_BASE] ?? req.baseUrl ?? ''}${route.path}`;
  const url = req.originalUrl ?? req.url;
  if (url.startsWith('/api/') || url === '/api') return '/api/unmatched';
  if (url.startsWith('/matchmake/')) return '/matchmake';
  if (url.startsWith('/files/')) return '/files';
  return 'static';
}
