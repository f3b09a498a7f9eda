import { describe, expect, it } from 'vitest';
import layoutJson from '../../assets/store-layout/store-layout.json';
import catalogueJson from '../../assets/seed/catalogue.json';
import { StoreLayoutSchema, type StoreLayout } from './store-layout-schema';
import { roomSetIssues } from './room-set-issues';
import { validateStoreLayout } from './validate-store-layout';

const products = catalogueJson as Array<{ id: string; category: string; dimensionsM: { w: number; d: number } }>;
const sizes = new Map(products.map((p) => [p.id, p.dimensionsM]));
const base = (): StoreLayout => StoreLayoutSchema.parse(structuredClone(layoutJson));
const gondola = (l: StoreLayout) => l.fixtures.find((f) => f.id === 'gondola-1') as Extract<StoreLayout['fixtures'][number], { type: 'shelving' }>;
/** A layout with one set holding one sofa at (x, z). */
const withSofa = (x: number, z: number, extra: object = {}): StoreLayout => {
  const l = base();
  l.sets.push({ id: 'test-set', name: { fr: 'Essai', en: 'Test' }, items: [{ id: 'sofa', productId: 'sofa-oslo-3', x, z, rotYDeg: 0, ...extra }] });
  return l;
};

describe('roomSetIssues', () => {
  it('accepts the room sets as shipped, with true product sizes', () => {
    expect(roomSetIssues(base(), sizes)).toEqual([]);
    const catalogue = { productIds: new Set(sizes.keys()), categories: new Set(products.map((p) => p.category)), sizes };
    expect(validateStoreLayout(layoutJson, catalogue).issues).toEqual([]);
  });

  it('names the set and the item standing outside the store', () => {
    const l = withSofa(25.5, -30);
    expect(roomSetIssues(l, sizes)).toEqual([expect.objectContaining({ code: 'out_of_bounds', fixtureId: 'test-set', itemId: 'sofa' })]);
    // Its centre is inside: the product's own width takes it through the wall.
    expect(roomSetIssues(l, new Map())).toEqual([]);
  });

  it('refuses a product standing on a fixture, naming the fixture', () => {
    const g = gondola(base());
    expect(roomSetIssues(withSofa(g.x, g.z), sizes)).toEqual([expect.objectContaining({ code: 'overlap', fixtureId: 'test-set', itemId: 'sofa', otherId: 'gondola-1' })]);
    // Even without sizes, a product cannot stand inside a fixture.
    expect(roomSetIssues(withSofa(g.x, g.z), undefined)).toHaveLength(1);
  });

  it('lets a product hang above a fixture or stand on another item', () => {
    const g = gondola(base());
    expect(roomSetIssues(withSofa(g.x, g.z, { y: 2.5 }), sizes)).toEqual([]);
  });

  it('reaches the save: validateStoreLayout refuses the layout', () => {
    const g = gondola(base());
    const r = validateStoreLayout(withSofa(g.x, g.z), { productIds: new Set(sizes.keys()), categories: new Set(products.map((p) => p.category)), sizes });
    expect(r.layout).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'overlap', itemId: 'sofa' }));
  });

  it('accepts an empty set while it is being dressed', () => {
    const l = base();
    l.sets.push({ id: 'empty', name: { fr: 'Vide', en: 'Empty' }, items: [] });
    expect(validateStoreLayout(l).issues).toEqual([]);
  });
});
