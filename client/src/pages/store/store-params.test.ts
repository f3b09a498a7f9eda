import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, parseStoreParams } from './store-params';

describe('store URL parameters', () => {
  it('reads ?items=N and the benchmark switches', () => {
    expect(parseStoreParams('?items=1000&naive=1&bench=1&cam=overview', 400)).toEqual({ items: 1000, naive: true, bench: true, overview: true });
  });
  it('falls back to the layout default and caps silly counts', () => {
    expect(parseStoreParams('', 400).items).toBe(400);
    expect(parseStoreParams('?items=abc', 400).items).toBe(400);
    expect(parseStoreParams('?items=99999999', 400).items).toBe(MAX_ITEMS);
  });
});
