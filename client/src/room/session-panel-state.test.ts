import { describe, expect, it } from 'vitest';
import { SMALL_VIEWPORT_PX, panelStartsOpen, unreadChatCount } from './session-panel-state';

describe('session panel: folded on small screens, with unread chat counted', () => {
  it('starts folded below 900 px whatever the room, and open for a session on a larger screen', () => {
    expect(panelStartsOpen('help', 640)).toBe(false);
    expect(panelStartsOpen('consultation', SMALL_VIEWPORT_PX - 1)).toBe(false);
    expect(panelStartsOpen('help', 1280)).toBe(true);
    expect(panelStartsOpen(undefined, SMALL_VIEWPORT_PX)).toBe(true);
    expect(panelStartsOpen('public', 1280)).toBe(false);
  });

  it('counts lines after the last one seen, leaving out the visitor\'s own', () => {
    const chat = [{ id: 1, from: 'a' }, { id: 2, from: 'me' }, { id: 3, from: 'b' }, { id: 4, from: 'a' }];
    expect(unreadChatCount(chat, 0, 'me')).toBe(3);
    expect(unreadChatCount(chat, 2, 'me')).toBe(2);
    expect(unreadChatCount(chat, 4, 'me')).toBe(0);
    expect(unreadChatCount([], 0, null)).toBe(0);
  });
});
