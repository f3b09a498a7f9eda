
import { sql, type SQL } from 'drizzle-orm';
import { promotions } from '../../server/db/schema/commerce';
import { queryRows } from '../../server/db/query-rows';
import { serviceAvailable } from '../../server/test-support/services-available';
import { pricedProductsSql } from '../../server/catalogue/shown-price-sql';
import { priceBandCountsSql } from '../../server/catalogue/price-band-counts-sql';
import { PRICE_BANDS } from '../../shared/catalogue/product-search';
import { CATEGORIES } from '../../shared/catalogue/catalogue-enums';
import type { Promotion } from '../../shared/pricing/promotion';
import { openGeneratedCatalogue } from './generated-catalogue-database';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 25;
const PRODUCTS = 10_000;

const bandCase = (price: string) => sql.raw(`case ${PRICE_BANDS.map((b, i) => `when ${price} >= ${b.min}${b.max === null ? '' : ` and ${price} < ${b.max}`} then ${i}`).join(' ')} end`);
const QUERIES: Record<string, (now: string, matches: SQL) => SQL> = {
  'as searched': (now, matches) => priceBandCountsSql(now, matches),
  'every match priced': (now, matches) => sql`select ${bandCase('shown_price')} as band, count(*) as n from ${pricedProductsSql(now)} where ${matches} group by 1`,
  'list prices (floor)': (_now, matches) => sql`select ${bandCase('price_amount')} as band, count(*) as n from products where ${matches} group by 1`,
};
const MATCHES: [string, SQL][] = [
  ['whole catalogue', sql`published`],
  ["words 'tapis laine'", sql`published and search @@ to_tsquery('simple', 'tapis:* & laine:*')`],
  ["words 'lampe'", sql`published and search @@ to_tsquery('simple', 'lampe:*')`],
  ['category lighting', sql`published and category = 'lighting'`],
];
const STACKED: Promotion[] = CATEGORIES.flatMap((category) => [10, 15].map((percent) => ({
  id: `bench-${category}-${percent}`, kind: 'category_percent' as const, label: { fr: 'x', en: 'x' }, category, percent,
})));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function runBackend(backend: 'embedded' | 'postgres') {
  const { database, drop } = await openGeneratedCatalogue(backend, PRODUCTS, { poolSize: 1 });
  try {
    const { db } = database;
    const now = new Date().toISOString();
    const executionMs = async (query: SQL) => {
      const plan = await queryRows<Record<string, string>>(db, sql`explain (analyze, timing off) ${query}`);
      const line = plan.map((r) => Object.values(r)[0] ?? '').find((l) => l.includes('Execution Time')) ?? '';
      return Number(/([\d.]+) ms/.exec(line)?.[1]);
    };
    const counts = async (query: SQL) => JSON.stringify((await queryRows<{ band: number; n: number }>(db, query)).map((r) => [Number(r.band), Number(r.n)]).sort((a, b) => a[0]! - b[0]!));
    const report = async (title: string) => {
      console.log(`${backend}: ${title}`);
      for (const [name, matches] of MATCHES) {
        const [searched, everyPriced] = [await counts(QUERIES['as searched']!(now, matches)), await counts(QUERIES['every match priced']!(now, matches))];
        if (searched !== everyPriced) throw new Error(`${name}: ${searched} counted, ${everyPriced} when every match is priced`);
        const times = new Map(Object.keys(QUERIES).map((k) => [k, [] as number[]]));
        for (let i = 0; i < RUNS; i++) for (const [k, q] of Object.entries(QUERIES)) times.get(k)!.push(await executionMs(q(now, matches)));
        const floor = median(times.get('list prices (floor)')!);
        console.log(`  ${name.padEnd(20)} ${[...times].map(([k, t]) => `${k} ${median(t).toFixed(2)} ms (${(median(t) / floor).toFixed(1)}x)`).join('  ')}`);
      }
    };
    await report(`${PRODUCTS} products, demo promotions, median of ${RUNS} EXPLAIN ANALYZE`);
    await db.insert(promotions).values(STACKED.map((p) => ({ id: p.id, data: p })));
    await report(`the same with two stacked promotions running in every category`);
  } finally {
    await drop();
  }
}

await runBackend('embedded');
if (await serviceAvailable('PostgreSQL')) await runBackend('postgres');
