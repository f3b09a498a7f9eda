import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { buildOpenApiDocument } from './openapi-document';
import { expressOperations, type RouterLayer } from '../test-support/express-operations';

/**
 * Routes Express serves that the document leaves out on purpose, as `METHOD /path` with `{param}`.
 * Keep this list short and say why for each.
 */
const UNDOCUMENTED = new Set([
  'GET /api/docs', // the HTML page that renders this document
  'GET /api/openapi.json', // the document itself
]);

type Operations = Record<string, Record<string, { summary?: string; responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;

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
        for (const [s, response] of Object.entries(op.responses ?? {}).filter(([x]) => x.startsWith('4'))) {
          expect(response.content?.['application/json']?.schema?.$ref, `${where} ${s}`).toBe('#/components/schemas/Error');
        }
      }
    }
  });
});
