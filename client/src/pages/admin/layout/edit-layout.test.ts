import { describe, expect, it } from 'vitest';
import { storeLayout } from '../../../scene/layout/store-layout-data';
import { validateStoreLayout } from '../../../../../shared/store-layout/validate-store-layout';
import { addFixture, assign, moveFixture, removeFixture, rotateFixture } from './edit-layout';

const find = (l: typeof storeLayout, id: string) => l.fixtures.find((f) => f.id === id) as { x: number; z: number; rotYDeg: number; products?: string[] };

describe('plan editing', () => {
  it('moves a fixture on the 10 cm grid', () => {
    const l = moveFixture(storeLayout, 'gondola-1', 13.04, -16.96);
    expect(find(l, 'gondola-1')).toMatchObject({ x: 13, z: -17 });
    expect(find(moveFixture(l, 'gondola-1', 13.26, -17), 'gondola-1').x).toBe(13.3);
  });

  it('turns by quarter turns and comes back after four', () => {
    let l = storeLayout;
    for (let i = 0; i < 4; i++) l = rotateFixture(l, 'gondola-1');
    expect(find(l, 'gondola-1').rotYDeg).toBe(find(storeLayout, 'gondola-1').rotYDeg);
    expect(find(rotateFixture(storeLayout, 'gondola-1'), 'gondola-1').rotYDeg).toBe(180);
  });

  it('adds palette fixtures the server accepts, with fresh ids', () => {
    const a = addFixture(storeLayout, 'table', 0, -8);
    const b = addFixture(a.layout, 'table', 0, -40);
    expect(a.id).not.toBe(b.id);
    expect(validateStoreLayout(b.layout).issues).toEqual([]);
  });

  it('removes a fixture with the signs that named it', () => {
    const withSign = storeLayout.signs.find((s) => s.forFixture);
    expect(withSign).toBeDefined();
    const l = removeFixture(storeLayout, withSign!.forFixture!);
    expect(l.signs.some((s) => s.forFixture === withSign!.forFixture)).toBe(false);
    expect(validateStoreLayout(l).issues).toEqual([]);
  });

  it('assigns products and drops empty assignments', () => {
    const l = assign(storeLayout, 'gondola-1', { products: ['lamp-phare'], categories: [] });
    expect(find(l, 'gondola-1').products).toEqual(['lamp-phare']);
    expect('products' in find(assign(l, 'gondola-1', { products: [], categories: [] }), 'gondola-1')).toBe(false);
  });
});
