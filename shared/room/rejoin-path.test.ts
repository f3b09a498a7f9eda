import { describe, expect, it } from 'vitest';
import { rejoinPath } from './rejoin-path';

describe('the link back to a help session', () => {
  it('opens the page the customer asked from, with the session to rejoin', () => {
    expect(rejoinPath('/p/lamp-bulle', 'ses_1')).toBe('/p/lamp-bulle?session=ses_1');
    expect(rejoinPath('/store', 'ses_1')).toBe('/store?session=ses_1');
    expect(rejoinPath('/', 'ses_1')).toBe('/?session=ses_1');
  });

  it('keeps only the path of the page: its own query and fragment are dropped, the session id is encoded', () => {
    expect(rejoinPath('/p/lamp-bulle?session=other&x=1#top', 'ses 1&x')).toBe('/p/lamp-bulle?session=ses%201%26x');
  });

  it('never leaves the site: anything but a path of this site falls back to the 3D store', () => {
    for (const page of [
      '//evil.com', '//evil.com/p/x', '/\\evil.com', '\\\\evil.com', '/\t/evil.com', '/\n/evil.com', '/.//evil.com', 'https://x', 'https://x/p/a',
      'http:evil.com', 'javascript:alert(1)', 'evil.com', 'p/lamp-bulle', ' /store', '', undefined, null,
    ]) {
      expect(rejoinPath(page, 'ses_1'), String(page)).toBe('/store?session=ses_1');
    }
  });

  it('keeps a path that only looks odd inside the site', () => {
    expect(rejoinPath('/p/%2F%2Fevil.com', 's')).toBe('/p/%2F%2Fevil.com?session=s');
    expect(rejoinPath('/p/../store', 's')).toBe('/store?session=s');
  });
});
