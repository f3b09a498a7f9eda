import { useEffect, useMemo } from 'react';
import { catalogueStore } from '../../stores/catalogue-store';
import { useWholeCatalogue } from '../../stores/use-whole-catalogue';
import { storeLayout } from '../../scene/layout/store-layout-data';
import { createStoreWorld } from '../../scene/store-world';
import { parseStoreParams } from '../store/store-params';
import { StoreCanvas } from '../store/StoreCanvas';
import { AvatarsLayer } from '../../room/AvatarsLayer';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { AdvisorLaser } from './AdvisorLaser';

/**
 * The session seen from inside the store: the same walkable store the customer is in (WASD or
 * click to walk), with everyone's avatars; the advisor's own pose is sent like anyone's.
 */
export function AdvisorStoreView() {
  const products = useWholeCatalogue();
  useEffect(() => {
    void catalogueStore.getState().loadList().catch(() => undefined);
  }, []);
  const params = useMemo(() => parseStoreParams('', storeLayout.defaultItems), []);
  const world = useMemo(() => (products ? createStoreWorld(storeLayout, products, params.items) : null), [products, params.items]);
  useEffect(() => {
    if (!world) return;
    // The advisor walks in through the entrance, like the customers.
    const { spawn } = world.layout;
    storeNavStore.getState().reset({ x: spawn.x, z: spawn.z, yaw: (spawn.yawDeg * Math.PI) / 180, pitch: 0 });
  }, [world]);
  if (!world) return <p className="muted">…</p>;
  return (
    <div className="advisor-view" data-testid="advisor-view">
      <StoreCanvas world={world} params={params}>
        <AvatarsLayer world={world} join={false} />
        <AdvisorLaser world={world} />
      </StoreCanvas>
    </div>
  );
}
