import { useEffect } from 'react';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { runPanelAction } from '../../scene/panel/run-panel-action';
import type { StoreWorld } from '../../scene/store-world';

/**
 * Keyboard shortcuts for the product panel, the same commands as its buttons: Enter adds to the
 * cart, P picks up or puts back, Escape puts back or closes (when the pointer is not locked,
 * where Escape belongs to the browser).
 */
export function useStoreKeys(world: StoreWorld | null): void {
  useEffect(() => {
    if (!world) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'BUTTON' || t.tagName === 'A')) return;
      const s = storeNavStore.getState();
      if (s.selected < 0) return;
      if (e.key === 'Enter') runPanelAction({ type: 'add' }, world);
      else if (e.code === 'KeyP') runPanelAction({ type: 'hold' }, world);
      else if (e.key === 'Escape' && !document.pointerLockElement) runPanelAction(s.held ? { type: 'hold' } : { type: 'close' }, world);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [world]);
}
