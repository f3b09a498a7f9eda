import { useThree } from '@react-three/fiber';
import { useStore } from 'zustand';
import { Euler, Quaternion, Vector3, type Group } from 'three';
import { storeNavStore } from '../navigation/store-nav-store';
import type { StoreWorld } from '../store-world';
import type { PlacedItem } from '../layout/placed-item';
import { HeldProduct } from './HeldProduct';
import type { ComboSet } from './use-product-combos';

const offset = new Vector3();
const q = new Quaternion();
const turn = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');

/**
 * "Pick up" on a computer: the product floats in front of the camera, far enough to be seen
 * whole, and dragging turns it around (desktop-input.ts) instead of the view.
 */
export function DesktopHeldProduct({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet }) {
  const held = useStore(storeNavStore, (s) => (s.held?.by === 'desktop' ? s.held.index : -1));
  const camera = useThree((s) => s.camera);
  if (held < 0) return null;
  const item = world.items[held];
  if (!item) return null;
  const follow = (g: Group, it: PlacedItem) => {
    const { w, h, d } = it.size;
    const distance = Math.max(0.9, Math.max(w, h, d) * 1.25);
    camera.getWorldQuaternion(q);
    // Right of the middle: the product panel stands on the left.
    offset.set(0.25 * distance, -0.05, -distance).applyQuaternion(q);
    camera.getWorldPosition(g.position).add(offset);
    const { examine, pose } = storeNavStore.getState();
    // Face the viewer (yaw of the camera), then the turns the visitor applied by dragging.
    euler.set(examine.pitch, pose.yaw + examine.yaw, 0, 'YXZ');
    g.quaternion.copy(turn.setFromEuler(euler));
  };
  return <HeldProduct item={item} world={world} comboSet={comboSet} follow={follow} />;
}
