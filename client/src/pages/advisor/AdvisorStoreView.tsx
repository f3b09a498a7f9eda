import { useEffect, useMemo } from 'react';
import { catalogueStore } from '../../stores/catalogue-store';
import { useWholeCatalogue } from '../../stores/use-whole-catalogue';
import { useStore } from 'zustand';
import { createStoreWorld } from '../../scene/store-world';
import { parseStoreParams } from '../store/store-params';
import { useStoreLayout } from '../store/use-store-layout';
import { useRoom } from '../../room/use-room';
import { advisorStore } from './advisor-store';
import { advisorStoreId } from './advisor-store-id';
import { StoreCanvas } from '../store/StoreCanvas';
import { AvatarsLayer } from '../../room/AvatarsLayer';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { AdvisorLaser } from './AdvisorLaser';

/**
 * The session seen from inside the store: the same walkable store the customer is in (WASD or
 * click to walk), with everyone's avatars; the advisor's own pose is sent like anyone's. The store is
 * built from that store's published layout, as `/store` builds it, and rebuilt when a new one is published.
 */
export function AdvisorStoreView() {
  const products = useWholeCatalogue();
  useEffect(() => {
    void catalogueStore.getState().loadList().catch(() => undefined);
  }, []);
  const roomStoreId = useRoom((s) => s.view?.storeId);
  const requestStoreId = useStore(advisorStore, (s) => s.serving?.request.storeId);
  const storeId = advisorStoreId(roomStoreId, requestStoreId);
  const loaded = useStoreLayout(storeId);
  const defaultItems = loaded?.layout.defaultItems;
  const params = useMemo(() => parseStoreParams('', defaultItems ?? 0), [defaultItems]);
  const world = useMemo(() => (products && loaded ? createStoreWorld(loaded.layout, products, params.items) : null), [products, loaded, params.items]);
  useEffect(() => {
    if (!world) return;
    // The advisor walks in through the entrance, like the customers.
    const { spawn } = world.layout;
    storeNavStore.getState().reset({ x: spawn.x, z: spawn.z, yaw: (spawn.yawDeg * Math.PI) / 180, pitch: 0 });
  }, [world]);
  if (!world) return <p className="muted">…</p>;
  return (
    <div className="advisor-view" data-testid="advisor-view" data-store-id={storeId} data-layout-version={loaded?.version}>
      {/* A newly published layout rebuilds the 3D view from scratch, as on /store. */}
      <StoreCanvas key={loaded?.version} world={world} params={params}>
        <AvatarsLayer world={world} join={false} />
        <AdvisorLaser world={world} />
      </StoreCanvas>
    </div>
  );
}
