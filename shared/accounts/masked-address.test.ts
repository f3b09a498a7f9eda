import { describe, expect, it } from 'vitest';
import { maskedAddress } from './masked-address';

describe('maskedAddress', () => {
  it('keeps the first letters and the top-level domain only', () => {
    expect(maskedAddress('camille.durand@example.org')).toBe('c•••@e•••.org');
    expect(maskedAddress('a@b.co.uk')).toBe('a•••@b•••.uk');
  });

  it('hides the rest of the address', () => {
    const m = maskedAddress('sam.new@example.com');
    expect(m).not.toContain('am.new');
    expect(m).not.toContain('xample');
    expect(maskedAddress('nope')).toBe('•••');
  });
});
