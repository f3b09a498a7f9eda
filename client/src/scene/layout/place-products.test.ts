import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';
import { placeProducts } from './place-products';
import { itemBox } from './placed-item';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { storeLayout } from './store-layout-data';
import { testCatalogue } from './test-catalogue';

const product = (id: string, w: number, h: number, d: number, extra: Partial<Product> = {}): Product => ({
  id, sku: id, name: { fr: id, en: id }, description: { fr: id, en: id }, category: 'sofas', price: { amount: 100, currency: 'EUR' },
  dimensionsM: { w, h, d }, placement: 'floor', model: { glb: '', usdz: '' }, thumbnail: '', variants: [], ...extra,
});

const oneRack: StoreLayout = {
  version: 1, name: { fr: 'x', en: 'x' }, bounds: [-10, -10, 10, 10], ceilingHeight: 5, spawn: { x: 0, z: 5, yawDeg: 0 },
  defaultItems: 4, categoryOrder: ['sofas', 'chairs'], walls: [{ from: [-10, -10], to: [10, -10], height: 5, thickness: 0.3, finish: 'plaster' }],
  floors: [], sets: [], signs: [], ceilingLights: { spacingX: 4, spacingZ: 4, w: 1, d: 0.2 },
  fixtures: [{
    id: 'r', type: 'shelving', style: 'rack', x: 0, z: 0, rotYDeg: 0, length: 4.16, depth: 2, height: 4, doubleSided: true,
    levels: [{ y: 0.1, clear: 2 }, { y: 2.2, clear: 1 }], holds: ['floor'], gap: 0.1,
  }],
};

describe('placeProducts', () => {
  it('stands products side by side along a level, at true size, without overlap', () => {
    const p = placeProducts(oneRack, [product('a', 1, 0.8, 0.9)], 4);
    expect(p.unplaced).toEqual([]);
    const front = p.items.filter((i) => i.key.startsWith('r/front/0'));
    const xs = front.map((i) => i.x).sort((a, b) => a - b);
    for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(1 + 0.1 - 1e-9);
    for (const it of p.items) expect(it.y).toBe(0.1);
  });

  it('faces products outwards on both sides of a double-sided rack', () => {
    const p = placeProducts(oneRack, [product('a', 1, 0.8, 0.9)], 8);
    const back = p.items.find((i) => i.key.startsWith('r/back'))!;
    const front = p.items.find((i) => i.key.startsWith('r/front'))!;
    expect(back.z).toBeLessThan(0);
    expect(front.z).toBeGreaterThan(0);
    expect(Math.abs(back.rotY - front.rotY)).toBeCloseTo(Math.PI);
  });

  it('stocks eye level everywhere before using the upper level', () => {
    const few = placeProducts(oneRack, [product('a', 1, 0.8, 0.9)], 6);
    expect(few.items.every((i) => i.y === 0.1)).toBe(true);
    const many = placeProducts(oneRack, [product('a', 1, 0.8, 0.9)], 12);
    expect(many.unplaced).toEqual([]);
    expect(many.items.some((i) => i.y === 2.2)).toBe(true);
  });

  it('keeps items taller than a level off it and reports what does not fit', () => {
    const p = placeProducts(oneRack, [product('tall', 1, 1.5, 0.4)], 12);
    expect(p.items.every((i) => i.y === 0.1)).toBe(true);
    expect(p.unplaced).toEqual([{ productId: 'tall', copies: 6, reason: 'no room left on floor displays' }]);
  });

  it('repeats the catalogue evenly and cycles through the variants', () => {
    const a = product('a', 0.5, 0.5, 0.5, { variants: [{ id: 'red', name: { fr: 'r', en: 'r' }, swatch: '#ff0000' }, { id: 'blue', name: { fr: 'b', en: 'b' }, swatch: '#0000ff' }] });
    const b = product('b', 0.5, 0.5, 0.5, { category: 'chairs' });
    const p = placeProducts(oneRack, [a, b], 5);
    expect(p.items.filter((i) => i.productId === 'a').map((i) => i.variantId)).toEqual(['red', 'blue', 'red']);
    expect(p.items.filter((i) => i.productId === 'b')).toHaveLength(2);
  });

  it('is deterministic: the same inputs give the same keys', () => {
    const a = placeProducts(storeLayout, testCatalogue, 300).items.map((i) => i.key);
    const b = placeProducts(storeLayout, testCatalogue, 300).items.map((i) => i.key);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('keeps every shelf item inside its level height and stacks rugs on their pallet', () => {
    const p = placeProducts(storeLayout, testCatalogue, 1000);
    const rugs = p.items.filter((i) => i.kind === 'rug' && i.source === 'shelf');
    const [firstRug] = rugs;
    if (!firstRug) throw new Error('no rug stands on a shelf');
    const pile = rugs.filter((r) => r.holderId === firstRug.holderId).sort((x, y) => x.y - y.y);
    const [lowest] = pile;
    for (let k = 1; k < pile.length; k++) expect(pile[k]!.y - pile[k - 1]!.y).toBeCloseTo(lowest!.size.h);
    expect(new Set(pile.map((r) => r.productId)).size).toBe(1);
  });

  it('places table items on the items they stand on, at the host’s height', () => {
    const p = placeProducts(storeLayout, testCatalogue, 0);
    const lamp = p.items.find((i) => i.key === 'living-room/table-lamp')!;
    const host = p.items.find((i) => i.key === 'living-room/side-table')!;
    expect(lamp.y).toBeCloseTo(host.size.h);
    expect(itemBox(lamp).cy).toBeCloseTo(host.size.h + lamp.size.h / 2);
  });

  it('puts the products and categories assigned to a fixture there first, and nothing else', () => {
    const twoRacks: StoreLayout = {
      ...oneRack,
      fixtures: [
        { ...(oneRack.fixtures[0] as Extract<StoreLayout['fixtures'][number], { type: 'shelving' }>), id: 'near', z: 4 },
        { ...(oneRack.fixtures[0] as Extract<StoreLayout['fixtures'][number], { type: 'shelving' }>), id: 'far', z: -4, products: ['c'], categories: ['chairs'] },
      ],
    };
    const catalogue = [product('a', 1, 0.8, 0.9), product('b', 1, 0.8, 0.9, { category: 'chairs' }), product('c', 1, 0.8, 0.9)];
    const p = placeProducts(twoRacks, catalogue, 6);
    expect(p.unplaced).toEqual([]);
    const on = (holder: string) => p.items.filter((i) => i.holderId === holder).map((i) => i.productId).sort();
    // Without the assignment everything would fill the rack nearest the entrance.
    expect(on('far')).toEqual(['b', 'b', 'c', 'c']);
    expect(on('near')).toEqual(['a', 'a']);
  });
});
