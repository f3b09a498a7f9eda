import { describe, expect, it } from 'vitest';
import layoutJson from '../../../../assets/store-layout/store-layout.json';
import { parseStoreLayout, StoreLayoutSchema } from '../../../../shared/store-layout/store-layout-schema';
import { storeLayout } from './store-layout-data';
import { placeProducts } from './place-products';
import { buildCollisionGrid, isWalkable } from './collision-grid';
import { findPath } from './find-path';
import { testCatalogue } from './test-catalogue';

describe('assets/store-layout/store-layout.json (the store is data, checked here)', () => {
  it('is a valid layout with every default written out, so the browser can skip validation', () => {
    expect(() => parseStoreLayout(layoutJson)).not.toThrow();
    expect(StoreLayoutSchema.parse(layoutJson)).toEqual(layoutJson);
  });

  it('has an entrance, aisles of shelving, podiums, a living-room set, a checkout and a click-and-collect desk', () => {
    const types = storeLayout.fixtures.map((f) => (f.type === 'shelving' ? f.style : f.type));
    expect(types.filter((t) => t === 'rack').length).toBeGreaterThanOrEqual(4);
    expect(types).toContain('podium');
    expect(storeLayout.fixtures.some((f) => f.type === 'counter' && f.role === 'checkout')).toBe(true);
    expect(storeLayout.fixtures.some((f) => f.type === 'counter' && f.role === 'clickCollect')).toBe(true);
    expect(storeLayout.sets.some((s) => s.id === 'living-room')).toBe(true);
    expect(storeLayout.walls.some((w) => w.finish === 'glass')).toBe(true);
  });

  it('puts every catalogue product on display at the default stock and at 1,000 items', () => {
    for (const n of [storeLayout.defaultItems, 1000]) {
      const p = placeProducts(storeLayout, testCatalogue, n);
      expect(p.unplaced).toEqual([]);
      expect(p.placed).toBe(n);
      const shown = new Set(p.items.map((i) => i.productId));
      for (const prod of testCatalogue) expect(shown.has(prod.id), `${prod.id} at ${n}`).toBe(true);
    }
  });

  it('only references catalogue products in its sets and podiums', () => {
    const p = placeProducts(storeLayout, testCatalogue, 0);
    expect(p.unplaced).toEqual([]);
    expect(p.items.length).toBeGreaterThan(10);
  });

  it('lets a visitor walk from the entrance into every aisle of the hall', () => {
    const p = placeProducts(storeLayout, testCatalogue, 1000);
    const grid = buildCollisionGrid(storeLayout, p.items);
    const { spawn } = storeLayout;
    expect(isWalkable(grid, spawn.x, spawn.z)).toBe(true);
    const racks = storeLayout.fixtures.filter((f) => f.type === 'shelving' && f.style === 'rack');
    for (const r of racks) {
      if (r.type !== 'shelving') continue;
      const aisle = { x: r.x + 3, z: r.z };
      const path = findPath(grid, spawn, aisle);
      expect(path, `aisle beside ${r.id}`).not.toBeNull();
    }
  });

  it('stocks the aisle facing the entrance first, sofas first, and signs list what each rack holds', () => {
    const p = placeProducts(storeLayout, testCatalogue, storeLayout.defaultItems);
    const central = p.items.filter((i) => i.source === 'shelf' && i.kind === 'floor' && Math.abs(i.x) < 3 && i.z < -30);
    expect(central.length).toBeGreaterThan(10);
    expect(testCatalogue.find((x) => x.id === central[0]?.productId)?.category).toBe('sofas');
    for (const sign of storeLayout.signs.filter((s) => s.forFixture)) {
      const cats = p.categoriesByFixture.get(sign.forFixture!) ?? [];
      const onIt = new Set(p.items.filter((i) => i.holderId === sign.forFixture).map((i) => testCatalogue.find((x) => x.id === i.productId)!.category));
      expect(new Set(cats)).toEqual(onIt);
    }
  });
});
