import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJobWatch, JOB_POLL_MS } from './job-watch-store';
import { canApply, createImportStore } from './import-store';
import { productsStore } from './products-store';
import { auditStore } from './audit-store';
import { staffStore } from './staff-store';
import { promotionsStore } from './promotions-store';
import { apiErrorText } from '../../api/api-error-text';
import { localeStore } from '../../stores/locale-store';

/** A refusal as the page says it, in the current language. */
const said = (code: string) => apiErrorText(localeStore.getState().locale, code);

type Answer = { status?: number; body: unknown } | ((init: RequestInit) => { status?: number; body: unknown });
const calls: { url: string; init: RequestInit }[] = [];

/** Answers `fetch` from a list of (method+path prefix -> answers, one per call, the last repeated). */
function mockFetch(routes: Record<string, Answer[]>) {
  calls.length = 0;
  const seen: Record<string, number> = {};
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const key = Object.keys(routes).find((k) => `${init.method} ${url}`.startsWith(k));
    if (!key) return new Response(JSON.stringify({ error: 'not_found', message: url }), { status: 404 });
    const list = routes[key] ?? [];
    const n = (seen[key] ?? -1) + 1;
    seen[key] = n;
    const answer = list[Math.min(n, list.length - 1)];
    if (!answer) throw new Error(`the route "${key}" has no answer`);
    const a = typeof answer === 'function' ? answer(init) : answer;
    // A 204 carries no body at all (a Response refuses even an empty one).
    return new Response(a.status === 204 ? null : typeof a.body === 'string' ? a.body : JSON.stringify(a.body), { status: a.status ?? 200 });
  });
}

const job = (state: string, progress: number, extra = {}) => ({
  id: 'j1', kind: 'import.products', state, progress, messages: [], errors: [], attempts: 1, createdAt: '', updatedAt: '', ...extra,
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('following a job', () => {
  it('reads it about every 500 ms until it is done, then stops', async () => {
    vi.useFakeTimers();
    mockFetch({ 'GET /api/admin/jobs/j1': [{ body: job('queued', 0) }, { body: job('running', 0.5, { messages: ['row 10'] }) }, { body: job('succeeded', 1) }] });
    const w = createJobWatch();
    w.getState().watch('j1');
    await vi.advanceTimersByTimeAsync(0);
    expect(w.getState().job?.state).toBe('queued');
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS);
    expect(w.getState().job).toMatchObject({ state: 'running', progress: 0.5, messages: ['row 10'] });
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS);
    expect(w.getState().job?.state).toBe('succeeded');
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS * 10);
    expect(calls).toHaveLength(3);
  });

  it('keeps asking through a lost connection but not after a refusal', async () => {
    vi.useFakeTimers();
    let n = 0;
    vi.stubGlobal('fetch', async () => {
      n++;
      if (n === 1) throw new TypeError('offline');
      return new Response(JSON.stringify({ error: 'forbidden', message: 'not yours' }), { status: 403 });
    });
    const w = createJobWatch();
    w.getState().watch('j1');
    await vi.advanceTimersByTimeAsync(0);
    expect(w.getState().error).toBe(said('network'));
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS);
    // What the admin reads is the refusal in their language, not the server's words.
    expect(w.getState().error).toBe(said('forbidden'));
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS * 5);
    expect(n).toBe(2);
  });

  it('drops the answers of a job it no longer follows', async () => {
    vi.useFakeTimers();
    mockFetch({ 'GET /api/admin/jobs/j1': [{ body: job('running', 0.2) }], 'GET /api/admin/jobs/j2': [{ body: { ...job('succeeded', 1), id: 'j2' } }] });
    const w = createJobWatch();
    w.getState().watch('j1');
    w.getState().watch('j2');
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS * 3);
    expect(w.getState().job?.id).toBe('j2');
    expect(calls.filter((c) => c.url.endsWith('/j1')).length).toBeLessThanOrEqual(1);
  });
});

describe('a CSV import', () => {
  const preview = { create: 1, update: 1, unchanged: 3, changes: [{ handle: 'sofa-oslo', kind: 'update', fields: ['price'] }] };

  it('sends the file as text/csv for a dry run and will not apply while a row is wrong', async () => {
    mockFetch({ 'POST /api/admin/imports/products?dryRun=1': [{ body: { preview, errors: [{ row: 4, field: 'Variant Price', message: 'not a number' }] } }] });
    const imp = createImportStore('products');
    await imp.getState().choose('catalogue.csv', 'Handle,Title\nsofa-oslo,Oslo\n');
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.['Content-Type']).toBe('text/csv');
    expect(calls[0]?.init.body).toBe('Handle,Title\nsofa-oslo,Oslo\n');
    expect(imp.getState().status).toBe('checked');
    expect(canApply(imp.getState())).toBe(false);
    await imp.getState().apply();
    expect(calls).toHaveLength(1);
  });

  it('applies a clean file and follows its job', async () => {
    vi.useFakeTimers();
    mockFetch({
      'POST /api/admin/imports/stock?dryRun=1': [{ body: { preview: { ...preview, changes: [] }, errors: [] } }],
      'POST /api/admin/imports/stock': [{ status: 202, body: { jobId: 'j1' } }],
      'GET /api/admin/jobs/j1': [{ body: job('running', 0.5) }, { body: job('failed', 1, { errors: [{ row: 2, message: 'unknown SKU' }] }) }],
    });
    const imp = createImportStore('stock');
    await imp.getState().choose('stock.csv', 'SKU,location,on hand\n');
    expect(canApply(imp.getState())).toBe(true);
    await imp.getState().apply();
    expect(calls[1]?.url).toBe('/api/admin/imports/stock');
    await vi.advanceTimersByTimeAsync(JOB_POLL_MS * 2);
    expect(imp.getState().job.getState().job).toMatchObject({ state: 'failed', errors: [{ row: 2, message: 'unknown SKU' }] });
  });

  it('shows why a file was refused', async () => {
    mockFetch({ 'POST /api/admin/imports/products?dryRun=1': [{ status: 413, body: { error: 'payload_too_large', message: 'file too large' } }] });
    const imp = createImportStore('products');
    await imp.getState().choose('big.csv', 'x');
    expect(imp.getState()).toMatchObject({ status: 'error', error: said('payload_too_large') });
  });
});

describe('the product list', () => {
  it('sends the filters, goes back to page 1 when they change, and keeps only the last answer', async () => {
    const resolvers: ((r: Response) => void)[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      calls.push({ url, init: {} });
      return new Promise<Response>((r) => resolvers.push(r));
    });
    calls.length = 0;
    productsStore.setState({ query: { page: 3 } });
    const a = productsStore.getState().setQuery({ q: 'os' });
    const b = productsStore.getState().setQuery({ q: 'oslo', status: 'draft' });
    expect(calls[1]?.url).toBe('/api/admin/products?page=1&q=oslo&status=draft&pageSize=20');
    const [older, newer] = resolvers;
    if (!older || !newer) throw new Error(`expected two requests in flight, found ${resolvers.length}`);
    newer(new Response(JSON.stringify({ items: [{ id: 'sofa-oslo' }], total: 1, page: 1, pageSize: 20 })));
    older(new Response(JSON.stringify({ items: [{ id: 'old' }], total: 9, page: 1, pageSize: 20 })));
    await Promise.all([a, b]);
    expect(productsStore.getState()).toMatchObject({ total: 1, status: 'ready', items: [{ id: 'sofa-oslo' }] });
  });
});

describe('the audit log', () => {
  it('turns the date fields into a range that includes the whole last day', async () => {
    mockFetch({ 'GET /api/admin/audit': [{ body: { items: [], total: 0 } }] });
    await auditStore.getState().setQuery({ action: 'product.update', from: '2026-05-01', to: '2026-05-02' });
    const [first] = calls;
    if (!first) throw new Error('no request was made');
    const u = new URL(first.url, 'http://x');
    expect(u.searchParams.get('action')).toBe('product.update');
    expect(new Date(u.searchParams.get('to')!).getTime() - new Date(u.searchParams.get('from')!).getTime()).toBe(2 * 86_400_000 - 1);
  });
});

describe('staff', () => {
  it('replaces a member with the server answer after deactivation and shows a refusal', async () => {
    mockFetch({
      'POST /api/admin/staff/u1/deactivate': [{ body: { id: 'u1', email: 'a@b', name: 'A', role: 'clerk', storeId: 'store-lyon', active: false } }],
      'POST /api/admin/staff/u2/deactivate': [{ status: 403, body: { error: 'forbidden', message: 'not your store' } }],
    });
    staffStore.setState({ items: [{ id: 'u1', email: 'a@b', name: 'A', role: 'clerk', storeId: 'store-lyon', active: true }] });
    await staffStore.getState().setActive('u1', false);
    expect(staffStore.getState().items[0]?.active).toBe(false);
    await staffStore.getState().setActive('u2', false);
    expect(staffStore.getState().error).toBe(said('forbidden'));
  });
});

describe('promotions', () => {
  const set = { id: 'set', kind: 'bundle', label: { fr: 'Ensemble', en: 'Set' }, productIds: ['sofa-oslo-3', 'gone'], price: { amount: 100, currency: 'EUR' } };
  const lamps = { id: 'lamps', kind: 'category_percent', label: { fr: 'Lampes', en: 'Lamps' }, category: 'lighting', percent: 15 };

  it('lists what every channel applies, naming the products of a set (one gone stays unnamed)', async () => {
    mockFetch({
      'GET /api/promotions': [{ body: { items: [set] } }],
      'GET /api/admin/products/sofa-oslo-3': [{ body: { id: 'sofa-oslo-3', name: { fr: 'Canapé Oslo', en: 'Oslo sofa' } } }],
    });
    await promotionsStore.getState().load();
    expect(promotionsStore.getState()).toMatchObject({ status: 'ready', items: [set], names: { 'sofa-oslo-3': { en: 'Oslo sofa' } } });
    expect(promotionsStore.getState().names.gone).toBeUndefined();
  });

  it('reads the list again after starting one, and throws a refusal for the form to show', async () => {
    mockFetch({
      'POST /api/admin/promotions': [{ status: 201, body: lamps }, { status: 409, body: { error: 'conflict', message: 'taken', field: 'id' } }],
      'GET /api/promotions': [{ body: { items: [lamps] } }],
    });
    await promotionsStore.getState().create(lamps as never);
    expect(promotionsStore.getState().items).toEqual([lamps]);
    await expect(promotionsStore.getState().create(lamps as never)).rejects.toMatchObject({ status: 409, body: { field: 'id' } });
    expect(calls.filter((c) => c.url === '/api/promotions')).toHaveLength(1);
  });

  it('ends one and reads the list again; one already ended elsewhere is no error, a refusal is', async () => {
    mockFetch({
      'DELETE /api/admin/promotions/lamps': [{ status: 204, body: '' }, { status: 404, body: { error: 'not_found', message: 'promotion' } }, { status: 403, body: { error: 'forbidden', message: 'admin' } }],
      'GET /api/promotions': [{ body: { items: [] } }],
    });
    promotionsStore.setState({ items: [lamps as never] });
    await expect(promotionsStore.getState().end('lamps')).resolves.toBe(true);
    expect(promotionsStore.getState().items).toEqual([]);
    await expect(promotionsStore.getState().end('lamps')).resolves.toBe(true);
    await expect(promotionsStore.getState().end('lamps')).resolves.toBe(false);
    expect(promotionsStore.getState().error).toBe(said('forbidden'));
  });

  it('keeps only the latest product search of the set picker', async () => {
    let answer: (v: unknown) => void = () => {};
    const first = new Promise((r) => (answer = r));
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.includes('q=sof')) await first;
      const name = url.includes('q=sof') ? 'old' : 'Oslo';
      return new Response(JSON.stringify({ items: [{ id: name, name: { fr: name, en: name } }], total: 1, page: 1, pageSize: 6 }));
    });
    const slow = promotionsStore.getState().search('sof');
    await promotionsStore.getState().search('oslo');
    answer(null);
    await slow;
    expect(promotionsStore.getState().matches.map((m) => m.id)).toEqual(['Oslo']);
  });
});

describe('exports and uploads', () => {
  it('reads an export as text and sends a model with its own content type', async () => {
    const { adminApi } = await import('../../api/admin-api');
    mockFetch({
      'GET /api/admin/exports/stock?locationId=store-lyon': [{ body: 'SKU,location,on hand\nVT-1,store-lyon,3\n' }],
      'PUT /api/admin/products/lamp-bulle/model?variant=opal': [{ status: 202, body: { jobId: 'j9' } }],
    });
    await expect(adminApi.exportCsv('stock', 'store-lyon')).resolves.toBe('SKU,location,on hand\nVT-1,store-lyon,3\n');
    const zip = new File([new Uint8Array([80, 75, 3, 4])], 'lamp.zip');
    await expect(adminApi.uploadModel('lamp-bulle', zip, 'opal')).resolves.toEqual({ jobId: 'j9' });
    expect((calls[1]?.init.headers as Record<string, string> | undefined)?.['Content-Type']).toBe('application/zip');
    expect(calls[1]?.init.body).toBe(zip);
  });
});
