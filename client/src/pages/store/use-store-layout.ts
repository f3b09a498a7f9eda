import { useEffect, useState } from 'react';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { layoutApi } from '../../api/layout-api';
import { openFeed } from '../../api/open-feed';
import { storeLayout as bundledLayout } from '../../scene/layout/store-layout-data';
import { storeChoiceStore } from '../../stores/store-choice-store';

/** Where a visitor without a chosen shop walks. */
export const DEFAULT_STORE_ID = 'store-lyon';

/** The store to show: `?store=` first, then the shop the customer chose, then the default one. */
export function chosenStoreId(search: string): string {
  return new URLSearchParams(search).get('store') || storeChoiceStore.getState().storeId || DEFAULT_STORE_ID;
}

export interface LoadedLayout {
  layout: StoreLayout;
  /** 0 for the bundled layout (the server had none, or could not be reached). */
  version: number;
}

/**
 * The published layout of a store, and every newer one as soon as it is published (the layout's
 * event stream), so an open store view changes without reload. Falls back to the layout bundled
 * with the page when the server has none.
 *
 * @example const loaded = useStoreLayout('store-lyon') // null while loading
 */
export function useStoreLayout(storeId: string): LoadedLayout | null {
  const [loaded, setLoaded] = useState<LoadedLayout | null>(null);
  useEffect(() => {
    let alive = true;
    const take = (next: LoadedLayout) => {
      if (alive) setLoaded((cur) => (cur && cur.version >= next.version && cur.version !== 0 ? cur : next));
    };
    layoutApi
      .published(storeId)
      .then((p) => take({ layout: p.layout, version: p.version }))
      .catch(() => alive && setLoaded((cur) => cur ?? { layout: bundledLayout, version: 0 }));
    const feed = openFeed<{ version: number; layout: StoreLayout } | null>(layoutApi.eventsPath(storeId), 'layout', (p) => {
      if (p) take({ layout: p.layout, version: p.version });
    });
    return () => {
      alive = false;
      feed.close();
    };
  }, [storeId]);
  return loaded;
}
