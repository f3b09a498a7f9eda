import { describe, expect, it } from 'vitest';
import layoutJson from '../../assets/store-layout/store-layout.json';
import catalogueJson from '../../assets/seed/catalogue.json';
import { validateStoreLayout } from './validate-store-layout';
import type { StoreLayout } from './store-layout-schema';

const catalogue = {
  productIds: new Set((catalogueJson as Array<{ id: string }>).map((p) => p.id)),
  categories: new Set((catalogueJson as Array<{ category: string }>).map((p) => p.category)),
};
const base = () => structuredClone(layoutJson) as unknown as StoreLayout;
const fixture = (l: StoreLayout, id: string) => l.fixtures.find((f) => f.id === id)! as Extract<StoreLayout['fixtures'][number], { x: number }>;

describe('validateStoreLayout', () => {
  it('accepts the store as shipped', () => {
    const r = validateStoreLayout(layoutJson, catalogue);
    expect(r.issues).toEqual([]);
    expect(r.layout?.fixtures.length).toBe(layoutJson.fixtures.length);
  });

  it('names a fixture pushed outside the store bounds', () => {
    const l = base();
    fixture(l, 'gondola-1').x = 40;
    expect(validateStoreLayout(l, catalogue).issues).toEqual([expect.objectContaining({ code: 'out_of_bounds', fixtureId: 'gondola-1' })]);
  });

  it('names both fixtures of an overlap, turned ones included', () => {
    const l = base();
    const a = fixture(l, 'gondola-1');
    const b = fixture(l, 'gondola-2');
    b.x = a.x + 0.5;
    const issues = validateStoreLayout(l, catalogue).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'overlap', fixtureId: 'gondola-1', otherId: 'gondola-2' }));
  });

  it('lets fixtures touch without overlapping', () => {
    const l = base();
    const a = fixture(l, 'gondola-1');
    const b = fixture(l, 'gondola-2');
    // Both turned by 90: their depth (1 m) runs along x.
    b.x = a.x + 1;
    b.z = a.z;
    expect(validateStoreLayout(l, catalogue).issues).toEqual([]);
  });

  it('refuses products and categories the catalogue does not have, naming the fixture', () => {
    const l = base();
    Object.assign(fixture(l, 'gondola-1'), { products: ['no-such-thing'], categories: ['spaceships'] });
    const issues = validateStoreLayout(l, catalogue).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unknown_product', fixtureId: 'gondola-1' }),
      expect.objectContaining({ code: 'unknown_category', fixtureId: 'gondola-1' }),
    ]);
  });

  it('points a schema error at the fixture by its id', () => {
    const l = base() as unknown as { fixtures: Array<Record<string, unknown>> };
    l.fixtures[8]!.length = -1;
    const issues = validateStoreLayout(l, catalogue).issues;
    expect(issues[0]).toMatchObject({ code: 'invalid', fixtureId: 'gondola-1' });
  });

  it('refuses two fixtures with the same id', () => {
    const l = base();
    fixture(l, 'gondola-2').id = 'gondola-1';
    expect(validateStoreLayout(l, catalogue).issues).toContainEqual(expect.objectContaining({ code: 'duplicate_id', fixtureId: 'gondola-1' }));
  });

  it('refuses a room set whose name is only spaces, naming the set', () => {
    const l = base();
    l.sets[0]!.name.en = '   ';
    expect(validateStoreLayout(l, catalogue).issues).toEqual([expect.objectContaining({ code: 'invalid_name', fixtureId: 'living-room', path: 'sets.0.name.en' })]);
  });
});

describe('validateStoreLayout bounds its work', () => {
  it('refuses more than 500 fixtures before comparing them pairwise', () => {
    const l = base();
    const g = fixture(l, 'gondola-1');
    l.fixtures = Array.from({ length: 501 }, (_, i) => ({ ...g, id: `g-${i}` })) as StoreLayout['fixtures'];
    const started = performance.now();
    const issues = validateStoreLayout(l, catalogue).issues;
    expect(issues[0]).toMatchObject({ code: 'invalid', path: 'fixtures' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
