import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatOrderNumber, isOrderNumber } from './order-number';

describe('order numbers', () => {
  it('reads VT- and six digits', () => {
    expect(formatOrderNumber(123)).toBe('VT-000123');
    expect(formatOrderNumber('1')).toBe('VT-000001');
    expect(formatOrderNumber(1234567n)).toBe('VT-1234567');
  });
  it('refuses what is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, '12a', '']) expect(() => formatOrderNumber(bad as number)).toThrow(RangeError);
  });
  it('keeps the order of the sequence and is recognised', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }), (a, b) => {
      const [x, y] = [formatOrderNumber(a), formatOrderNumber(b)];
      expect(isOrderNumber(x)).toBe(true);
      expect(Math.sign(x.localeCompare(y))).toBe(Math.sign(a - b));
    }));
  });
});
