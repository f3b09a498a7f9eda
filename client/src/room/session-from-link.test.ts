import { describe, expect, it } from 'vitest';
import { sessionFromLink } from './session-from-link';
import { rejoinPath } from '../../../shared/room/rejoin-path';

describe('a shop page opened from a link to a session', () => {
  it('rejoins the session the mailed link names, on a product page or any other shop page', () => {
    const link = new URL(rejoinPath('/p/lamp-bulle', 'ses_1'), 'https://shop.example');
    expect(sessionFromLink(link.pathname, link.search)).toEqual({ sessionId: 'ses_1' });
    expect(sessionFromLink('/', '?session=ses_2&invite=abc')).toEqual({ sessionId: 'ses_2', invite: 'abc' });
  });

  it('leaves the 3D store and the staff screens to join on their own, and ignores a page without a session', () => {
    for (const path of ['/store', '/advisor', '/pos', '/admin', '/dashboard']) expect(sessionFromLink(path, '?session=ses_1'), path).toBeNull();
    expect(sessionFromLink('/p/lamp-bulle', '')).toBeNull();
    expect(sessionFromLink('/p/lamp-bulle', '?session=')).toBeNull();
    expect(sessionFromLink('/storefront', '?session=ses_1')).toEqual({ sessionId: 'ses_1' });
  });
});
