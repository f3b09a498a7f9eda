import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';

// What the virtual store's shelves listen to: a stock change is told on the catalogue's event stream.
describe('stock changes reach open pages', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded');
  }, 60_000);
  afterAll(() => t?.close());

  it('tells the catalogue stream which products a store received or counted', async () => {
    const clerk = await t.login('lyon@vitrine.demo');
    const page = await openSse(`${t.url}/api/catalogue/events`);
    expect((await page.next()).event).toBe('catalogue');

    expect((await clerk.post('/api/stores/store-lyon/receive', { items: [{ productId: 'armchair-loire', qty: 2 }] })).status).toBe(200);
    expect(JSON.parse((await page.next(10_000)).data).ids).toEqual(['armchair-loire']);

    expect((await clerk.post('/api/stores/store-lyon/count', { productId: 'armchair-loire', counted: 0 })).status).toBe(200);
    expect(JSON.parse((await page.next(10_000)).data).ids).toEqual(['armchair-loire']);
    page.close();
  });
});
