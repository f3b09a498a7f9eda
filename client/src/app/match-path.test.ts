import { describe, expect, it } from 'vitest';
import { matchPath } from './match-path';

describe('matchPath (first-page preloading uses the same table as the router)', () => {
  it('reads named segments', () => expect(matchPath('/p/:productId', '/p/sofa-oslo-3')).toEqual({ productId: 'sofa-oslo-3' }));
  it('matches the root', () => expect(matchPath('/', '/')).toEqual({}));
  it('refuses other paths', () => {
    expect(matchPath('/p/:productId', '/p')).toBeNull();
    expect(matchPath('/cart', '/carts')).toBeNull();
  });
});
