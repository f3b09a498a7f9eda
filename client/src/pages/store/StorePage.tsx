import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { catalogueStore } from '../../stores/catalogue-store';
import { useWholeCatalogue } from '../../stores/use-whole-catalogue';
import { useLocale } from '../../stores/use-locale';
import { storeLayout } from '../../scene/layout/store-layout-data';
import { persistStoreSession, restoreStoreSession } from '../../scene/navigation/store-session';
import { storeText } from '../../scene/store-messages';
import { createStoreWorld } from '../../scene/store-world';
import { storeXR } from '../../xr/vr/store-xr';
import { StoreHud } from './StoreHud';
import { HelpSlot } from '../../app/HelpSlot';
import { parseStoreParams } from './store-params';
import { useStoreKeys } from './use-store-keys';
import './store-page.css';

// The 3D view and what it needs (three.js, React, @react-three) load with this page, not the storefront.
const StoreView = lazy(() => import('./StoreView').then((m) => ({ default: m.StoreView })));

/**
 * `/store`: the walkable virtual store, a bare route that owns the whole screen, in a browser or a
 * headset. Its HUD offers the way back (Leave, like the browser's Back) and the cart (with a link to `/cart`).
 * The store is built from the layout data and the live catalogue; `?items=N` stocks N product
 * instances. Position, selection and the product in hand survive a reload (sessionStorage);
 * leaving (back button or "Leave") ends any headset session and releases the mouse.
 */
export function StorePage() {
  const locale = useLocale();
  const params = useMemo(() => parseStoreParams(window.location.search, storeLayout.defaultItems), []);
  const [failed, setFailed] = useState(false);
  // The whole catalogue, kept current by the catalogue store when the merchant changes products.
  const products = useWholeCatalogue();

  useEffect(() => {
    let alive = true;
    catalogueStore.getState().loadList().catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, []);

  const world = useMemo(() => (products ? createStoreWorld(storeLayout, products, params.items) : null), [products, params.items]);
  useEffect(() => {
    if (!world) return;
    if (world.placement.unplaced.length) console.warn('store: no room on the shelves for', world.placement.unplaced);
    restoreStoreSession(world);
    return persistStoreSession(world);
  }, [world]);
  useStoreKeys(world);

  useEffect(() => {
    document.body.classList.add('store-open');
    return () => {
      document.body.classList.remove('store-open');
      // Leaving the page leaves the store: no headset session or captured mouse left behind.
      void storeXR().getState().session?.end().catch(() => undefined);
      if (document.pointerLockElement) document.exitPointerLock();
    };
  }, []);

  return (
    <div className="store-page" data-testid="store-page">
      {world ? (
        <>
          <Suspense fallback={<p className="store-page__status" role="status">{storeText(locale, 'loadingStore')}</p>}>
            <StoreView world={world} params={params} />
          </Suspense>
          {/* The help request and the live session's panel (people, chat, voice): a bare route has no shop layout to show them. */}
          <StoreHud world={world} sessionPanel={<HelpSlot />} />
        </>
      ) : (
        <p className="store-page__status" role="status">
          {failed ? storeText(locale, 'loadFailed') : storeText(locale, 'loadingStore')}
        </p>
      )}
    </div>
  );
}
