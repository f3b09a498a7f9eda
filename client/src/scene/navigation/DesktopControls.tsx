import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { moveWithCollisions } from '../layout/collision-grid';
import type { StoreWorld } from '../store-world';
import { attachDesktopInput, type DesktopInput } from './desktop-input';
import { storeNavStore } from './store-nav-store';

export const EYE_HEIGHT = 1.6;
const WALK = 1.6;
const RUN = 3.2;
const TURN = 1.8;
/** Longest frame step simulated at once, so a stalled frame does not jump across the store. */
const MAX_DT = 0.25;
const next = { x: 0, z: 0 };

/**
 * Walking the store on a computer or a phone: WASD or arrows (Shift to hurry), drag or mouse look
 * (M for pointer lock), and the click-to-walk route set by the floor. Movement is scaled by the
 * frame time and kept out of shelves and walls by the collision grid. Idle in a headset.
 */
export function DesktopControls({ world, fixedCamera = false }: { world: StoreWorld; fixedCamera?: boolean }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const input = useRef<DesktopInput | null>(null);

  useEffect(() => {
    input.current = attachDesktopInput(gl.domElement);
    return () => {
      input.current?.dispose();
      input.current = null;
    };
  }, [gl]);

  useFrame((_, rawDelta) => {
    const s = storeNavStore.getState();
    if (s.inXR || fixedCamera) return;
    const dt = Math.min(rawDelta, MAX_DT);
    const pose = s.pose;
    const keys = input.current?.keys;
    if (keys && keys.size > 0) {
      const fwd = (keys.has('KeyW') || keys.has('ArrowUp') ? 1 : 0) - (keys.has('KeyS') || keys.has('ArrowDown') ? 1 : 0);
      const side = (keys.has('KeyD') ? 1 : 0) - (keys.has('KeyA') ? 1 : 0);
      const turn = (keys.has('ArrowLeft') ? 1 : 0) - (keys.has('ArrowRight') ? 1 : 0);
      pose.yaw += turn * TURN * dt;
      if (fwd || side) {
        if (s.path) s.walk(null);
        const speed = (keys.has('ShiftLeft') || keys.has('ShiftRight') ? RUN : WALK) * dt;
        const len = Math.hypot(fwd, side);
        const sin = Math.sin(pose.yaw);
        const cos = Math.cos(pose.yaw);
        // Forward is -z turned by yaw; right is +x turned by yaw.
        const dx = ((-sin * fwd + cos * side) / len) * speed;
        const dz = ((-cos * fwd - sin * side) / len) * speed;
        moveWithCollisions(world.grid, pose.x, pose.z, dx, dz, next);
        pose.x = next.x;
        pose.z = next.z;
      }
    } else if (s.path && s.path.length > 0) {
      followPath(world, dt);
    }
    camera.position.set(pose.x, EYE_HEIGHT, pose.z);
    camera.rotation.set(pose.pitch, pose.yaw, 0, 'YXZ');
  });
  return null;
}

/** Walks along the click-to-walk route at walking pace, corner by corner. */
function followPath(world: StoreWorld, dt: number) {
  const s = storeNavStore.getState();
  const path = s.path!;
  const pose = s.pose;
  let budget = WALK * 1.4 * dt;
  let i = 0;
  // The next corner each time round: i moves on as corners are reached (or past the end when stuck).
  for (let target = path[i]; budget > 0 && target; target = path[i]) {
    const dx = target.x - pose.x;
    const dz = target.z - pose.z;
    const dist = Math.hypot(dx, dz);
    if (dist <= budget) {
      pose.x = target.x;
      pose.z = target.z;
      budget -= dist;
      i++;
    } else {
      moveWithCollisions(world.grid, pose.x, pose.z, (dx / dist) * budget, (dz / dist) * budget, next);
      const stuck = Math.hypot(next.x - pose.x, next.z - pose.z) < budget * 0.1;
      pose.x = next.x;
      pose.z = next.z;
      budget = 0;
      if (stuck) i = path.length;
    }
  }
  if (i > 0) s.walk(i >= path.length ? null : path.slice(i));
}
