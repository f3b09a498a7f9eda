import { describe, expect, it } from 'vitest';
import { parseHandoffCode } from './parse-handoff-code';

describe('reading the code a customer shows at the till', () => {
  it('takes the code out of the QR code\'s URL', () => {
    expect(parseHandoffCode('http://localhost:4310/pos?code=K7P2QX')).toBe('K7P2QX');
    expect(parseHandoffCode('https://shop.example/pos?x=1&code=k7p2qx#top')).toBe('K7P2QX');
  });

  it('accepts a typed code in any case, with spaces or dashes', () => {
    expect(parseHandoffCode(' k7p-2qx ')).toBe('K7P2QX');
    expect(parseHandoffCode('K7P 2QX')).toBe('K7P2QX');
  });

  it('refuses what cannot be a code (wrong length, confusable letters)', () => {
    expect(parseHandoffCode('K7P2Q')).toBeNull();
    expect(parseHandoffCode('K0P2QX')).toBeNull(); // no zero in the alphabet
    expect(parseHandoffCode('https://shop.example/p/sofa')).toBeNull();
    expect(parseHandoffCode('')).toBeNull();
  });
});
