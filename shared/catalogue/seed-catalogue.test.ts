import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES, ProductSchema } from './product';
import { LocationSchema } from './location';

const seedDir = fileURLToPath(new URL('../../assets/seed/', import.meta.url));
const readJson = (name: string): unknown => JSON.parse(readFileSync(seedDir + name, 'utf8'));

const StockRowSchema = z.object({
  productId: z.string().min(1),
  locationId: z.string().min(1),
  onHand: z.number().int().nonnegative(),
});

const products = z.array(ProductSchema).parse(readJson('catalogue.json'));
const locations = z.array(LocationSchema).parse(readJson('locations.json'));
const stock = z.array(StockRowSchema).parse(readJson('stock.json'));

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('seed catalogue', () => {
  it('has at least 24 products with unique ids and skus', () => {
    expect(products.length).toBeGreaterThanOrEqual(24);
    expect(unique(products.map((p) => p.id))).toBe(true);
    expect(unique(products.map((p) => p.sku))).toBe(true);
  });

  it('uses every category and has wall and table items to place', () => {
    const used = new Set(products.map((p) => p.category));
    for (const c of CATEGORIES) expect(used, `category ${c}`).toContain(c);
    expect(products.filter((p) => p.placement === 'wall').length).toBeGreaterThanOrEqual(2);
    expect(products.filter((p) => p.placement === 'table').length).toBeGreaterThanOrEqual(1);
  });

  it('prices are positive euro cents and model paths follow the id', () => {
    for (const p of products) {
      expect(p.price.currency).toBe('EUR');
      expect(p.price.amount).toBeGreaterThan(0);
      expect(p.model).toEqual({ glb: `/models/${p.id}.glb`, usdz: `/models/${p.id}.usdz` });
      expect(p.thumbnail).toBe(`/posters/${p.id}.webp`);
    }
  });

  it('variants have unique ids per product and at least 8 products offer a choice', () => {
    for (const p of products) expect(unique(p.variants.map((v) => v.id)), p.id).toBe(true);
    const withChoice = products.filter((p) => p.variants.length >= 2 && p.variants.length <= 4);
    expect(withChoice.length).toBeGreaterThanOrEqual(8);
  });
});

describe('seed locations', () => {
  it('has the warehouse and the three stores the demo refers to', () => {
    expect(unique(locations.map((l) => l.id))).toBe(true);
    expect(locations.map((l) => l.id).sort()).toEqual(['store-bordeaux', 'store-lyon', 'store-paris', 'wh-lyon']);
    expect(locations.find((l) => l.id === 'wh-lyon')?.kind).toBe('warehouse');
  });
});

describe('seed stock', () => {
  const productIds = new Set(products.map((p) => p.id));
  const locationIds = new Set(locations.map((l) => l.id));
  const onHand = (p: string, l: string) => stock.find((r) => r.productId === p && r.locationId === l)?.onHand;

  it('refers only to known products and locations, once per pair', () => {
    for (const r of stock) {
      expect(productIds, r.productId).toContain(r.productId);
      expect(locationIds, r.locationId).toContain(r.locationId);
    }
    expect(unique(stock.map((r) => `${r.productId}@${r.locationId}`))).toBe(true);
  });

  it('covers every product at every location', () => {
    expect(stock.length).toBe(products.length * locations.length);
  });

  it('tells the demo stories: stock-outs, a store serving a warehouse stock-out, a few left', () => {
    expect(stock.some((r) => r.onHand === 0)).toBe(true);
    const servedByStore = products.filter(
      (p) => onHand(p.id, 'wh-lyon') === 0 && locations.some((l) => l.kind === 'store' && (onHand(p.id, l.id) ?? 0) > 0),
    );
    expect(servedByStore.length).toBeGreaterThanOrEqual(1);
    expect(stock.filter((r) => r.locationId !== 'wh-lyon' && r.onHand >= 1 && r.onHand <= 3).length).toBeGreaterThan(5);
    expect(onHand('sofa-oslo-3', 'store-lyon')).toBe(3);
  });
});
