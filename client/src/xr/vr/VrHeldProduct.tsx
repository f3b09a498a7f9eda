import { useThree } from '@react-three/fiber';
import { useStore } from 'zustand';
import { Vector3, type Group } from 'three';
import type { PlacedItem } from '../../scene/layout/placed-item';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { HeldProduct } from '../../scene/products/HeldProduct';
import type { ComboSet } from '../../scene/products/use-product-combos';
import type { StoreWorld } from '../../scene/store-world';
import { handAnchors } from './hand-anchors';

const forward = new Vector3();
/** Largest size (metres) of a product held in the hand. */
const HAND_SIZE = 0.6;

/**
 * The product in a controller's hand: it follows the grip, so turning the wrist turns it around.
 * A sofa cannot be held at true size without hiding the store, so large pieces shrink to a 60 cm
 * model while in hand (they stand at true size on the shelf). Released, it is back on its shelf
 * (the instance reappears).
 */
export function VrHeldProduct({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet }) {
  const held = useStore(storeNavStore, (s) => s.held);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  if (!held || held.by === 'desktop') return null;
  const item = world.items[held.index];
  if (!item) return null;
  const follow = (g: Group, it: PlacedItem) => {
    // Tracked hands have no grip anchor here: the product then floats in front of the eyes.
    const anchor = handAnchors[held.by as 'left' | 'right'].grip ?? handAnchors[held.by as 'left' | 'right'].ray ?? xrCamera;
    anchor.getWorldPosition(g.position);
    anchor.getWorldQuaternion(g.quaternion);
    // Furniture comes to the hand as a model of itself (at most 60 cm), small things at true size.
    const size = Math.max(it.size.w, it.size.h, it.size.d);
    const scale = Math.min(1, HAND_SIZE / size);
    g.scale.setScalar(scale);
    const reach = (size * scale) / 2 + (anchor === xrCamera ? 0.5 : 0.08);
    g.position.add(forward.set(0, 0, -reach).applyQuaternion(g.quaternion));
  };
  return <HeldProduct item={item} world={world} comboSet={comboSet} follow={follow} />;
}
