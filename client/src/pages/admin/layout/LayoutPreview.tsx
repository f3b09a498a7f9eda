import { useEffect, useMemo, useState } from 'react';
import type { StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { useT } from '../../../i18n/use-t';
import { createStoreWorld } from '../../../scene/store-world';
import { catalogueStore } from '../../../stores/catalogue-store';
import { useWholeCatalogue } from '../../../stores/use-whole-catalogue';
import { StoreCanvas } from '../../store/StoreCanvas';
import { parseStoreParams } from '../../store/store-params';

/** A drag changes the layout at every pointer move: the 3D view is rebuilt once it settles. */
const SETTLE_MS = 400;

let builds = 0;

/**
 * The plan on screen seen in 3D, as customers will walk it: the same scene as `/store`, built from
 * the layout being edited (saved or not), from a camera above the entrance. A lazy chunk, so the
 * back office loads no 3D until it is asked for.
 */
export function LayoutPreview({ layout }: { layout: StoreLayout }) {
  const { t } = useT();
  const products = useWholeCatalogue();
  useEffect(() => {
    void catalogueStore.getState().loadList().catch(() => undefined);
  }, []);
  const [shown, setShown] = useState(layout);
  useEffect(() => {
    const timer = setTimeout(() => setShown(layout), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [layout]);
  const params = useMemo(() => ({ ...parseStoreParams('', shown.defaultItems), overview: true }), [shown.defaultItems]);
  const built = useMemo(() => (products ? { world: createStoreWorld(shown, products, params.items), n: ++builds } : null), [products, shown, params.items]);
  if (!built) return <p className="muted">{t('layout.previewLoading')}</p>;
  return (
    <figure className="layout-preview" data-testid="layout-preview" data-build={built.n} style={{ margin: 0 }}>
      <div style={{ height: 'min(60vh, 360px)', position: 'relative' }}>
        {/* A new world is a new scene, as on /store when a layout is published. */}
        <StoreCanvas key={built.n} world={built.world} params={params} />
      </div>
      <figcaption className="muted">{t('layout.previewNote')}</figcaption>
    </figure>
  );
}
