import { useFrame, useThree } from '@react-three/fiber';
import { TeleportTarget, XROrigin, useXRControllerLocomotion } from '@react-three/xr';
import { useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { Vector3, type Group } from 'three';
import { moveWithCollisions } from '../../scene/layout/collision-grid';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import type { StoreWorld } from '../../scene/store-world';
import { teleportHeadTo } from './teleport-head';
import { vrMotion } from './vr-motion';

/** Height the view is raised by in seated mode: a seated eye (~1.15 m) to a standing one. */
export const SEATED_LIFT = 0.45;
const head = new Vector3();
const next = { x: 0, z: 0 };

/**
 * The visitor in the headset: the XR origin follows the shared pose (feet, yaw); the left
 * thumbstick walks (when smooth locomotion is on) and the right one snap-turns about the head
 * (ThumbstickTeleport handles forward on it). Collisions as on desktop.
 */
export function VrRig({ world, children }: { world: StoreWorld; children?: ReactNode }) {
  const origin = useRef<Group>(null);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const settings = useStore(storeNavStore, (s) => s.settings);
  const [minX, minZ, maxX, maxZ] = world.layout.bounds;

  useXRControllerLocomotion(
    (velocity, rotationY, delta) => {
      const { pose } = storeNavStore.getState();
      const dt = Math.min(delta, 0.1);
      if (rotationY !== 0) {
        // Turn about the head, not the feet origin, so the world does not swing around.
        xrCamera.getWorldPosition(head);
        const s = Math.sin(rotationY);
        const c = Math.cos(rotationY);
        const ox = pose.x - head.x;
        const oz = pose.z - head.z;
        pose.x = head.x + c * ox + s * oz;
        pose.z = head.z - s * ox + c * oz;
        pose.yaw += rotationY;
      }
      if (settings.smoothLocomotion && (velocity.x !== 0 || velocity.z !== 0)) {
        moveWithCollisions(world.grid, pose.x, pose.z, velocity.x * dt, velocity.z * dt, next);
        vrMotion.speed = Math.hypot(next.x - pose.x, next.z - pose.z) / Math.max(dt, 1e-3);
        pose.x = next.x;
        pose.z = next.z;
      }
    },
    settings.smoothLocomotion ? { speed: 1.5 } : false,
    { type: 'snap', degrees: settings.snapTurnDeg },
    'left',
  );

  useFrame((_, delta) => {
    const o = origin.current;
    if (!o) return;
    const { pose, settings: st } = storeNavStore.getState();
    o.position.set(pose.x, st.seated ? SEATED_LIFT : 0, pose.z);
    o.rotation.set(0, pose.yaw, 0);
    vrMotion.speed = Math.max(0, vrMotion.speed - delta * 6);
  });

  // Hand tracking has no thumbstick: hands keep the library's pinch-to-teleport pointer.
  const onTeleport = (point: Vector3) => teleportHeadTo(world, xrCamera, point.x, point.z);

  return (
    <>
      {/* Controllers' spaces live in the origin, so they move with teleports and turns. */}
      <XROrigin ref={origin}>{children}</XROrigin>
      <TeleportTarget onTeleport={(_p, e) => onTeleport(e.point)}>
        <mesh name="teleport-floor" visible={false} position={[(minX + maxX) / 2, 0, (minZ + maxZ) / 2]} rotation-x={-Math.PI / 2}>
          <planeGeometry args={[maxX - minX, maxZ - minZ]} />
        </mesh>
      </TeleportTarget>
    </>
  );
}
