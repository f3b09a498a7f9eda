import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3 } from 'three';
import { itemBox, type ItemBox } from '../../scene/layout/placed-item';
import type { StoreWorld } from '../../scene/store-world';
import { roomStore } from '../../room/room-store';
import { advisorStore } from './advisor-store';

const from = new Vector3();
const dir = new Vector3();
const LASER_MS = 100;

/** While on, points a laser from the advisor's hand height at the spotlit product (its nearest copy), 10 times a second. */
export function AdvisorLaser({ world }: { world: StoreWorld }) {
  const camera = useThree((s) => s.camera);
  const acc = useRef(0);
  useFrame((_, delta) => {
    acc.current += delta * 1000;
    if (acc.current < LASER_MS || !advisorStore.getState().laser) return;
    acc.current = 0;
    const productId = roomStore.getState().view?.spotlight?.productId;
    if (!productId) return;
    camera.getWorldPosition(from);
    camera.getWorldDirection(dir);
    let best: ItemBox | null = null;
    let bestD = Infinity;
    for (const it of world.items) {
      if (it.productId !== productId) continue;
      const d = Math.hypot(it.x - from.x, it.z - from.z);
      if (d < bestD) {
        bestD = d;
        best = itemBox(it);
      }
    }
    if (!best) return;
    from.addScaledVector(dir, 0.25).y -= 0.35;
    roomStore.getState().send('laser', { on: true, from: [from.x, from.y, from.z], to: [best.cx, best.cy, best.cz], productId });
  });
  return null;
}
