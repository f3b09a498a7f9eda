import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { buildOpenApiDocument } from './openapi-document';

/**
 * Routes Express serves that the document leaves out on purpose, as `METHOD /path` with `{param}`.
 * Keep this list short and say why for each.
 */
const UNDOCUMENTED = new Set([
  'GET /api/docs', // the HTML page that renders this document
  'GET /api/openapi.json', // the document itself
]);

/** The parts of Express 5's router (router 2.x) this test reads. */
interface RouterLayer {
  /** What `app.use(path, ...)` / `router.use(path, ...)` was given; `/` when none. */
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

type Operations = Record<string, Record<string, { summary?: string; responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;

const joinPath = (prefix: string, path: string) => (prefix === '/' ? '' : prefix.replace(/\/$/, '')) + path;

/**
 * Every `METHOD /path` the app answers under /api, read from the router stacks (routes on the app
 * itself and on routers mounted with `app.use('/api', router)`), with `:id` written `{id}` as in OpenAPI.
 */
function expressOperations(stack: RouterLayer[], prefix = ''): string[] {
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

function documentOperations(doc: { paths: Operations }): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

describe('the OpenAPI document', () => {
  let t: TestServer;
  let routes: string[];
  let served: { paths: Operations };
  beforeAll(async () => {
    t = await startTestServer('embedded');
    // The Express app is the HTTP server's request listener (Colyseus only listens for upgrades).
    const app = t.server.httpServer.listeners('request').find((l) => 'router' in l) as unknown as { router: { stack: RouterLayer[] } } | undefined;
    if (!app) throw new Error('no Express app on the test server');
    routes = [...new Set(expressOperations(app.router.stack))].sort();
    const r = await t.anonymous().get('/api/openapi.json');
    expect(r.status).toBe(200);
    served = r.body;
  }, 60_000);
  afterAll(() => t?.close());

  it('documents every /api route Express registers (except the listed exclusions)', () => {
    expect(routes.length).toBeGreaterThan(50); // the walk found the routers at all
    const documented = new Set(documentOperations(served));
    expect(routes.filter((op) => !documented.has(op) && !UNDOCUMENTED.has(op))).toEqual([]);
  });

  it('documents no operation that Express does not serve', () => {
    const registered = new Set(routes);
    expect(documentOperations(served).filter((op) => !registered.has(op))).toEqual([]);
    // An exclusion for a route that is gone would hide nothing and rot; keep the list true.
    expect([...UNDOCUMENTED].filter((op) => !registered.has(op))).toEqual([]);
  });

  it('is the document buildOpenApiDocument() makes', () => {
    expect(served).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('gives every operation a summary, a 2xx answer, and the error shape for every 4xx', () => {
    for (const [path, ops] of Object.entries(served.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.summary, where).toBeTruthy();
        const statuses = Object.keys(op.responses ?? {});
        expect(statuses.some((s) => s.startsWith('2')), where).toBe(true);
        for (const s of statuses.filter((x) => x.startsWith('4'))) {
          expect(op.responses![s].content?.['application/json']?.schema?.$ref, `${where} ${s}`).toBe('#/components/schemas/Error');
        }
      }
    }
  });
});
