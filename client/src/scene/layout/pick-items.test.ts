import { describe, expect, it } from 'vitest';
import { packItemBoxes, pickItem } from './pick-items';
import type { PlacedItem } from './placed-item';

const base: PlacedItem = {
  index: 0, key: 'a', productId: 'a', variantId: null, kind: 'floor', x: 0, y: 0, z: -5, rotY: 0,
  size: { w: 2, h: 1, d: 1 }, holderId: 'h', source: 'shelf',
};

describe('pickItem (pointing at a product)', () => {
  it('hits the nearest box along the ray', () => {
    const items = [base, { ...base, index: 1, key: 'b', z: -8 }];
    const hit = pickItem(packItemBoxes(items, 0), 0, 0.5, 0, 0, 0, -1, 50);
    expect(hit?.index).toBe(0);
    expect(hit?.distance).toBeCloseTo(4.5);
  });

  it('respects the item rotation (a sofa turned by 90° is narrow seen from the front)', () => {
    const turned = { ...base, rotY: Math.PI / 2 };
    const boxes = packItemBoxes([turned], 0);
    expect(pickItem(boxes, 0.8, 0.5, 0, 0, 0, -1, 50)).toBeNull();
    expect(pickItem(boxes, 0.4, 0.5, 0, 0, 0, -1, 50)?.index).toBe(0);
  });

  it('finds wall items in front of their wall, not behind it', () => {
    const print: PlacedItem = { ...base, kind: 'wall', y: 1.5, z: -5, size: { w: 0.5, h: 0.7, d: 0.03 } };
    const boxes = packItemBoxes([print], 0);
    expect(pickItem(boxes, 0, 1.5, 0, 0, 0, -1, 50)?.distance).toBeCloseTo(5 - 0.03);
  });

  it('skips hidden items and ignores what is out of reach', () => {
    const boxes = packItemBoxes([base], 0);
    expect(pickItem(boxes, 0, 0.5, 0, 0, 0, -1, 50, undefined, () => true)).toBeNull();
    expect(pickItem(boxes, 0, 0.5, 0, 0, 0, -1, 3)).toBeNull();
  });
});
