/**
 * npm run bench:catalogue: a generated catalogue of 10,000 products (one in five with three colour
 * variants) as a product CSV, previewed (dry run) then imported through the job queue, on the
 * embedded database and on PostgreSQL in the same run. Prints rows and products per second.
 *
 * Usage: npm run bench:catalogue [-- --products 10000]
 */
import { startTestServer, type Backend } from '../../server/test-support/test-server';
import { serviceAvailable } from '../../server/test-support/services-available';
import { PRODUCT_CSV_COLUMNS, productsToCsvRows, type CsvProduct } from '../../shared/catalogue/product-csv';
import { CATEGORIES, PLACEMENTS } from '../../shared/catalogue/catalogue-enums';
import { writeCsv } from '../../shared/csv/write-csv';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const PRODUCTS = Number(option('products', '10000'));

function generate(n: number): CsvProduct[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    sku: `BENCH-${String(i).padStart(6, '0')}`,
    name: { en: `Bench product ${i}`, fr: `Produit d'essai ${i}` },
    description: { en: `A generated product, number ${i}.\nSolid oak.`, fr: `Un produit généré, numéro ${i}.\nChêne massif.` },
    category: CATEGORIES[i % CATEGORIES.length]!,
    price: { amount: 1000 + (i % 997) * 100, currency: 'EUR' },
    dimensionsM: { w: 0.5 + (i % 10) / 10, h: 0.8, d: 0.6 },
    placement: PLACEMENTS[i % PLACEMENTS.length]!,
    status: i % 10 === 0 ? 'draft' : 'published',
    tags: ['bench', `batch-${i % 7}`],
    variants: i % 5 === 0
      ? ['sand', 'charcoal', 'sage'].map((id, j) => ({ id, name: { en: id, fr: id }, swatch: '#8c9a7c', sku: `BENCH-${i}-${j}` }))
      : [],
  }));
}

async function run(backend: Backend, csv: string, rows: number) {
  const t = await startTestServer(backend);
  try {
    const admin = await t.login('admin@vitrine.demo');
    const post = async (path: string) => {
      const res = await fetch(t.url + path, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin.token}` }, body: csv });
      return { status: res.status, body: await res.json() };
    };
    let t0 = performance.now();
    const dry = await post('/api/admin/imports/products?dryRun=1');
    const dryMs = performance.now() - t0;
    if (dry.status !== 200 || dry.body.errors.length) throw new Error(`dry run: ${dry.status} ${JSON.stringify(dry.body).slice(0, 300)}`);
    t0 = performance.now();
    const queued = await post('/api/admin/imports/products');
    let job: { state: string; errors?: unknown[]; result: { create: number } };
    for (;;) {
      job = (await admin.get(`/api/admin/jobs/${queued.body.jobId}`)).body;
      if (job.state === 'succeeded' || job.state === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const applyMs = performance.now() - t0;
    if (job.state !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(job.errors).slice(0, 300)}`);
    console.log(`${backend.padEnd(9)} dry run ${(dryMs / 1000).toFixed(2)} s (${Math.round(rows / (dryMs / 1000))} rows/s)   `
      + `import ${(applyMs / 1000).toFixed(2)} s (${Math.round(rows / (applyMs / 1000))} rows/s, ${Math.round(PRODUCTS / (applyMs / 1000))} products/s), created ${job.result.create}`);
  } finally {
    await t.close();
  }
}

const products = generate(PRODUCTS);
const rows = productsToCsvRows(products);
const csv = writeCsv(PRODUCT_CSV_COLUMNS, rows);
console.log(`product CSV: ${PRODUCTS} products, ${rows.length} rows, ${(csv.length / 1e6).toFixed(1)} MB`);
const backends: Backend[] = (await serviceAvailable('PostgreSQL')) ? ['embedded', 'postgres'] : ['embedded'];
if (backends.length === 1) console.log('PostgreSQL is not reachable: embedded only');
for (const b of backends) await run(b, csv, rows.length);
