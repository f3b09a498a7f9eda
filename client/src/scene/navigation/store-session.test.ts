import { beforeEach, describe, expect, it } from 'vitest';
import { storeLayout } from '../layout/store-layout-data';
import { testCatalogue } from '../layout/test-catalogue';
import { createStoreWorld } from '../store-world';
import { restoreStoreSession, saveStoreSession } from './store-session';
import { storeNavStore } from './store-nav-store';

class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('store session (position and the product in hand survive a reload)', () => {
  const world = createStoreWorld(storeLayout, testCatalogue, 120);
  beforeEach(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();
  });

  it('starts at the entrance the first time', () => {
    restoreStoreSession(world);
    const { pose, selected, held } = storeNavStore.getState();
    expect(pose).toMatchObject({ x: storeLayout.spawn.x, z: storeLayout.spawn.z });
    expect(selected).toBe(-1);
    expect(held).toBeNull();
  });

  it('puts the visitor back where they stood, with the same product selected and in hand', () => {
    restoreStoreSession(world);
    const nav = storeNavStore.getState();
    nav.teleport(1.2, -40, -1.4);
    nav.hold(7, 'right');
    saveStoreSession(world);
    nav.reset({ x: 0, z: 0, yaw: 0, pitch: 0 });
    restoreStoreSession(world);
    const s = storeNavStore.getState();
    expect(s.pose).toMatchObject({ x: 1.2, z: -40, yaw: -1.4 });
    expect(s.selected).toBe(7);
    // The headset session ended with the reload: what was in a hand is examined on screen.
    expect(s.held).toEqual({ index: 7, by: 'desktop' });
  });

  it('ignores a saved visit of a store stocked differently (other ?items=), keeping the settings', () => {
    restoreStoreSession(world);
    storeNavStore.getState().teleport(1, -30);
    storeNavStore.getState().setSettings({ seated: true });
    saveStoreSession(world);
    const other = createStoreWorld(storeLayout, testCatalogue, 300);
    restoreStoreSession(other);
    expect(storeNavStore.getState().pose).toMatchObject({ x: storeLayout.spawn.x, z: storeLayout.spawn.z });
    expect(storeNavStore.getState().settings.seated).toBe(true);
  });
});
