import { describe, expect, it } from 'vitest';
import { shelfPlaces } from './shelf-places';

describe('shelfPlaces', () => {
  it('lists each product\'s shelf places in order, without podiums and room sets', () => {
    const items = [
      { index: 0, productId: 'sofa', source: 'podium' as const },
      { index: 1, productId: 'chair', source: 'shelf' as const },
      { index: 2, productId: 'lamp', source: 'shelf' as const },
      { index: 3, productId: 'chair', source: 'shelf' as const },
      { index: 4, productId: 'chair', source: 'set' as const },
    ];
    expect(shelfPlaces(items)).toEqual([{ productId: 'chair', places: [1, 3] }, { productId: 'lamp', places: [2] }]);
  });
});
