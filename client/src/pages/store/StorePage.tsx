import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { catalogueStore } from '../../stores/catalogue-store';
import { useWholeCatalogue } from '../../stores/use-whole-catalogue';
import { useLocale } from '../../stores/use-locale';
import { persistStoreSession, restoreStoreSession } from '../../scene/navigation/store-session';
import { storeText } from '../../scene/store-messages';
import { createStoreWorld } from '../../scene/store-world';
import { followShelfStock } from '../../scene/stock/shelf-stock-store';
import { storeXR } from '../../xr/vr/store-xr';
import { StoreHud } from './StoreHud';
import { HelpSlot } from '../../app/HelpSlot';
import { parseStoreParams } from './store-params';
import { useStoreKeys } from './use-store-keys';
import { chosenStoreId, useStoreLayout } from './use-store-layout';
import './store-page.css';

// The 3D view and what it needs (three.js, React, @react-three) load with this page, not the storefront.
const StoreView = lazy(() => import('./StoreView').then((m) => ({ default: m.StoreView })));

/**
 * `/store`: the walkable virtual store, a bare route that owns the whole screen, in a browser or a
 * headset. Its HUD offers the way back (Leave, like the browser's Back) and the cart (with a link to `/cart`).
 * The store is built from the published layout of the chosen shop (`?store=`, else the customer's
 * shop; a newly published layout replaces it live) and the live catalogue; `?items=N` stocks N product
 * instances. Position, selection and the product in hand survive a reload (sessionStorage);
 * leaving (back button or "Leave") ends any headset session and releases the mouse.
 */
export function StorePage() {
  const locale = useLocale();
  const storeId = useMemo(() => chosenStoreId(window.location.search), []);
  const loaded = useStoreLayout(storeId);
  const defaultItems = loaded?.layout.defaultItems;
  const params = useMemo(() => parseStoreParams(window.location.search, defaultItems ?? 0), [defaultItems]);
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

  const world = useMemo(() => (products && loaded ? createStoreWorld(loaded.layout, products, params.items) : null), [products, loaded, params.items]);
  useEffect(() => {
    if (!world) return;
    if (world.placement.unplaced.length) console.warn('store: no room on the shelves for', world.placement.unplaced);
    restoreStoreSession(world);
    return persistStoreSession(world);
  }, [world]);
  useStoreKeys(world);
  // The shelves show this store's stock, and follow it while the customer walks (the benchmark keeps
  // every place full, so both of its versions draw the same instances).
  const productIds = useMemo(() => (params.bench ? [] : products?.map((p) => p.id) ?? []), [products, params.bench]);
  useEffect(() => (productIds.length ? followShelfStock(storeId, productIds) : undefined), [storeId, productIds]);

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
    <div className="store-page" data-testid="store-page" data-store-id={storeId} data-layout-version={loaded?.version}>
      {world ? (
        <>
          <Suspense fallback={<p className="store-page__status" role="status">{storeText(locale, 'loadingStore')}</p>}>
            {/* A newly published layout rebuilds the 3D view from scratch (geometry, collision, signs). */}
            <StoreView key={loaded?.version} world={world} params={params} />
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
