import { useEffect } from 'react';
import type { StoreWorld } from '../scene/store-world';
import { storeNavStore } from '../scene/navigation/store-nav-store';
import { stepAside } from '../../../shared/room/step-aside';
import { live, roomStore } from './room-store';

/** Others' poses arrive with the first patches after joining: look for a while, then leave it. */
const ARRIVAL_CHECK_MS = 250;
const ARRIVAL_CHECKS = 12;

/**
 * Arriving on top of someone connected (the store's door is everyone's entrance): step aside, once. Only
 * the later arrival moves (participants are listed in joining order), or two people arriving
 * together would both step to the same spot.
 */
function spaceOnArrival(me: string): () => void {
  let checks = 0;
  const timer = setInterval(() => {
    const people = roomStore.getState().view?.participants ?? [];
    const mine = people.findIndex((p) => p.id === me);
    const others: { x: number; z: number }[] = [];
    for (const p of people.slice(0, Math.max(0, mine))) {
      // Someone whose connection dropped (a closed tab, held for a while in case it comes back) is not in the way.
      if (!p.connected) continue;
      const head = live.tracks.get(p.id)?.last;
      // A head at floor level (or NaN, as `last` starts) has not sent a pose yet.
      const x = head?.[0] ?? NaN, y = head?.[1] ?? NaN, z = head?.[2] ?? NaN;
      if (Number.isFinite(x) && y > 0.3) others.push({ x, z });
    }
    const nav = storeNavStore.getState();
    const spot = others.length ? stepAside(nav.pose, others) : null;
    if (spot) nav.teleport(spot.x, spot.z, spot.yaw);
    if (spot || ++checks >= ARRIVAL_CHECKS) clearInterval(timer);
  }, ARRIVAL_CHECK_MS);
  return () => clearInterval(timer);
}

/**
 * What the session does to this visitor's store: arriving on someone steps aside, "follow me"
 * moves them in front of the advisor, and a spotlit product is selected (it glows and its panel
 * opens) at the copy nearest to them.
 */
export function SessionEffects({ world }: { world: StoreWorld }) {
  useEffect(() => {
    let stop = () => {};
    const off = roomStore.subscribe((s, prev) => {
      if (s.me && s.me !== prev.me) {
        stop();
        stop = spaceOnArrival(s.me);
      }
    });
    return () => {
      off();
      stop();
    };
  }, []);
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
