import { useFrame } from '@react-three/fiber';
import { XRSpace, useXRInputSourceState } from '@react-three/xr';
import { useRef } from 'react';
import { Vector3, type Group } from 'three';
import { pickItem } from '../../scene/layout/pick-items';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import type { StoreWorld } from '../../scene/store-world';
import { handAnchors } from './hand-anchors';

const origin = new Vector3();
const dir = new Vector3();
/**
 * Grabbing reaches products this far along the ray: shelves are rarely within arm's length, and
 * what one teleport would carry you to (about 16 m) can as well come to the hand.
 */
const GRAB_REACH = 16;

/**
 * One controller's grip and ray anchors, and grabbing: squeezing while pointing at a product
 * picks it up (it comes to the hand, where it can be turned), releasing puts it back.
 */
export function VrHand({ hand, world }: { hand: 'left' | 'right'; world: StoreWorld }) {
  const state = useXRInputSourceState('controller', hand);
  const wasPressed = useRef(false);
  const grip = useRef<Group>(null);
  const ray = useRef<Group>(null);

  useFrame(() => {
    handAnchors[hand].grip = grip.current;
    handAnchors[hand].ray = ray.current;
    const pressed = state?.gamepad['xr-standard-squeeze']?.state === 'pressed';
    if (pressed === wasPressed.current) return;
    wasPressed.current = pressed;
    const nav = storeNavStore.getState();
    if (!pressed) {
      if (nav.held?.by === hand) nav.release();
      return;
    }
    if (nav.held || !ray.current) return;
    ray.current.getWorldPosition(origin);
    ray.current.getWorldDirection(dir).negate();
    const hit = pickItem(world.boxes, origin.x, origin.y, origin.z, dir.x, dir.y, dir.z, GRAB_REACH);
    if (hit && !pickItem(world.occluders, origin.x, origin.y, origin.z, dir.x, dir.y, dir.z, hit.distance)) nav.hold(hit.index, hand);
  });

  if (!state) return null;
  return (
    <>
      {state.inputSource.gripSpace && (
        <XRSpace space={state.inputSource.gripSpace}>
          <group ref={grip} />
        </XRSpace>
      )}
      <XRSpace space={state.inputSource.targetRaySpace}>
        <group ref={ray} />
      </XRSpace>
    </>
  );
}
