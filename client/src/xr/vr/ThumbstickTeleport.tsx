import { useFrame, useThree } from '@react-three/fiber';
import { useXRInputSourceState } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, Mesh, MeshBasicMaterial, RingGeometry, SphereGeometry, Vector3 } from 'three';
import type { StoreWorld } from '../../scene/store-world';
import { registerStoreTestHook } from '../../scene/store-test-hooks';
import { handAnchors } from './hand-anchors';
import { ARC_POINTS, teleportArc } from './teleport-arc';
import { teleportHeadTo } from './teleport-head';

const origin = new Vector3();
const dir = new Vector3();
/** Thumbstick forward past this shows the arc; back under RELEASE it teleports. */
const PUSH = -0.6;
const RELEASE = -0.35;
const OK = new Color('#7fd18b');
const NO = new Color('#e0604f');
const dot = new Matrix4();
const dotAt = new Vector3();

/**
 * Teleport as on most headsets: push the right thumbstick forward, a parabola shows where you
 * will land (green on a walkable spot, red where you cannot stand), release to go there. The arc
 * is computed from the controller's pose each frame, independent of the frame rate.
 */
export function ThumbstickTeleport({ world, hand = 'right' }: { world: StoreWorld; hand?: 'left' | 'right' }) {
  const state = useXRInputSourceState('controller', hand);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const active = useRef(false);
  const landing = useRef<{ x: number; z: number } | null>(null);
  const { dots, ring, buffer } = useMemo(() => {
    const buffer = new Float32Array(ARC_POINTS * 3);
    // A dotted arc: visible at any distance in a headset, where a one-pixel line is not.
    const dots = new InstancedMesh(new SphereGeometry(0.03, 8, 6), new MeshBasicMaterial({ color: OK, transparent: true, opacity: 0.9 }), ARC_POINTS);
    dots.frustumCulled = false;
    dots.visible = false;
    dots.raycast = () => undefined;
    const ring = new Mesh(new RingGeometry(0.25, 0.33, 40).rotateX(-Math.PI / 2), new MeshBasicMaterial({ color: OK, transparent: true, opacity: 0.9, depthWrite: false }));
    ring.visible = false;
    ring.raycast = () => undefined;
    return { dots, ring, buffer };
  }, []);
  const last = useRef<{ count: number; landing: { x: number; z: number } | null }>({ count: 0, landing: null });
  useEffect(() => registerStoreTestHook('teleportArc', () => ({ ...last.current, active: active.current })), []);
  useEffect(
    () => () => {
      dots.geometry.dispose();
      (dots.material as MeshBasicMaterial).dispose();
      ring.geometry.dispose();
      (ring.material as MeshBasicMaterial).dispose();
    },
    [dots, ring],
  );

  useFrame(() => {
    const y = state?.gamepad['xr-standard-thumbstick']?.yAxis ?? 0;
    const ray = handAnchors[hand].ray;
    if (y < PUSH && ray) {
      active.current = true;
      ray.getWorldPosition(origin);
      ray.getWorldDirection(dir).negate();
      const r = teleportArc(origin.x, origin.y, origin.z, dir.x, dir.y, dir.z, world.grid, world.occluders, buffer);
      landing.current = r.landing;
      last.current = r;
      // Every other point of the arc gets a dot.
      let n = 0;
      for (let i = 1; i < r.count; i += 2) dots.setMatrixAt(n++, dot.makeTranslation(dotAt.fromArray(buffer, i * 3)));
      dots.count = n;
      dots.instanceMatrix.needsUpdate = true;
      (dots.material as MeshBasicMaterial).color.copy(r.landing ? OK : NO);
      dots.visible = true;
      ring.visible = !!r.landing;
      if (r.landing) ring.position.set(r.landing.x, 0.02, r.landing.z);
    } else if (active.current && y > RELEASE) {
      active.current = false;
      dots.visible = false;
      ring.visible = false;
      if (landing.current) teleportHeadTo(world, xrCamera, landing.current.x, landing.current.z);
      landing.current = null;
    }
  });
  return (
    <>
      <primitive object={dots} />
      <primitive object={ring} />
    </>
  );
}
