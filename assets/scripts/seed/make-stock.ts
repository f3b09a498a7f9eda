/**
 * Writes assets/seed/stock.json: one row per product x location.
 * Counts come from a seeded generator so the file is reproducible, then a few hand-picked
 * overrides make the demo stories true (a warehouse stock-out served by a store, "3 left").
 *
 * @example npx tsx assets/scripts/seed/make-stock.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ProductSchema } from '../../../shared/catalogue/product';
import { LocationSchema } from '../../../shared/catalogue/location';
import { mulberry32 } from '../lib/random';

const seedDir = fileURLToPath(new URL('../../seed/', import.meta.url));
const products = z.array(ProductSchema).parse(JSON.parse(readFileSync(`${seedDir}catalogue.json`, 'utf8')));
const locations = z.array(LocationSchema).parse(JSON.parse(readFileSync(`${seedDir}locations.json`, 'utf8')));

/** Demo stories the UI and tests rely on; keep them stable when products are added. */
const OVERRIDES: Record<string, Record<string, number>> = {
  'sofa-oslo-3': { 'store-lyon': 3, 'store-paris': 1, 'store-bordeaux': 0 },
  'stool-tripode': { 'wh-lyon': 0, 'store-lyon': 2, 'store-paris': 0, 'store-bordeaux': 5 },
  'armchair-loire': { 'wh-lyon': 0, 'store-lyon': 0, 'store-paris': 1, 'store-bordeaux': 0 },
  'sofa-arles-4': { 'store-lyon': 1, 'store-paris': 0, 'store-bordeaux': 0 },
  'table-chene-180': { 'store-lyon': 2, 'store-paris': 0, 'store-bordeaux': 1 },
  'mirror-soleil': { 'store-lyon': 0, 'store-paris': 3, 'store-bordeaux': 2 },
  'vase-amphore': { 'wh-lyon': 0, 'store-lyon': 6, 'store-paris': 4, 'store-bordeaux': 0 },
};

/** Bulky items sit in the warehouse, stores keep one or two on the floor. */
const BULKY = new Set(['sofas', 'armchairs', 'tables', 'storage', 'rugs']);

const rand = mulberry32(20240611);
const rows = [];
for (const p of products) {
  for (const l of locations) {
    const bulky = BULKY.has(p.category);
    let onHand: number;
    if (l.kind === 'warehouse') onHand = bulky ? 4 + Math.floor(rand() * 30) : 10 + Math.floor(rand() * 80);
    else {
      const r = rand();
      onHand = r < 0.18 ? 0 : bulky ? 1 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 12);
    }
    onHand = OVERRIDES[p.id]?.[l.id] ?? onHand;
    rows.push({ productId: p.id, locationId: l.id, onHand });
  }
}
// One row per line keeps diffs of stock changes readable.
writeFileSync(`${seedDir}stock.json`, `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`);
console.log(`stock.json: ${rows.length} rows`);
