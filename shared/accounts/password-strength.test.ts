import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

describe('a new password', () => {
  it('is refused when shorter than ten characters', () => {
    expect(passwordWeakness('abc')).toBe('too_short');
    expect(passwordWeakness('123456789')).toBe('too_short');
  });
  it('counts characters, not bytes, so a passphrase in any script passes', () => {
    expect(passwordWeakness('日本語のパスフレーズです')).toBeUndefined();
    expect(passwordWeakness('😀😀😀😀😀')).toBe('too_short');
  });
  it('is refused when it is a famous one or one repeated character', () => {
    expect(passwordWeakness('Password123')).toBe('too_common');
    expect(passwordWeakness('zzzzzzzzzzzz')).toBe('too_common');
    expect(passwordWeakness('ababababab')).toBe('too_common');
  });
  it('is refused when it contains the e-mail', () => {
    expect(passwordWeakness('zoe@example.com!', 'zoe@example.com')).toBe('contains_email');
    expect(passwordWeakness('zoe.martin', 'zoe.martin@example.com')).toBe('contains_email');
  });
  it('accepts a long, uncommon one', () => {
    expect(passwordWeakness('table en chêne clair', 'zoe@example.com')).toBeUndefined();
  });
});
