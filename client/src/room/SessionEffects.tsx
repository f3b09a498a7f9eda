import { useEffect } from 'react';
import type { StoreWorld } from '../scene/store-world';
import { storeNavStore } from '../scene/navigation/store-nav-store';
import { roomStore } from './room-store';

/**
 * What the session does to this visitor's store: "follow me" moves them in front of the advisor,
 * and a spotlit product is selected (it glows and its panel opens) at the copy nearest to them.
 */
export function SessionEffects({ world }: { world: StoreWorld }) {
  useEffect(
    () =>
      roomStore.subscribe((s, prev) => {
        if (s.teleport && s.teleport.seq !== prev.teleport?.seq) storeNavStore.getState().teleport(s.teleport.x, s.teleport.z, s.teleport.yaw);
        const spot = s.view?.spotlight;
        const before = prev.view?.spotlight;
        if (spot && (spot.productId !== before?.productId || spot.at !== before?.at)) {
          const me = storeNavStore.getState().pose;
          let best = -1;
          let bestD = Infinity;
          for (const it of world.items) {
            if (it.productId !== spot.productId) continue;
            const d = Math.hypot(it.x - me.x, it.z - me.z);
            if (d < bestD) {
              bestD = d;
              best = it.index;
            }
          }
          if (best >= 0) storeNavStore.getState().select(best);
        }
      }),
    [world],
  );
  return null;
}
