import { describe, expect, it } from 'vitest';
import { advisorStoreId } from './advisor-store-id';

describe('advisorStoreId', () => {
  it("shows the session room's store first, as the customer sees it", () => {
    expect(advisorStoreId('store-bordeaux', 'store-paris')).toBe('store-bordeaux');
  });
  it('falls back to the store the customer asked from, then to the default store of /store', () => {
    expect(advisorStoreId('', 'store-paris')).toBe('store-paris');
    expect(advisorStoreId(undefined, undefined)).toBe('store-lyon');
  });
});
