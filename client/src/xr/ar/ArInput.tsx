import { useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXRInputSourceEvent } from '@react-three/xr';
import { Plane, Ray, Raycaster, Vector3 } from 'three';
import type { Catalogue } from './ar-catalogue';
import { arSceneStore } from './ar-scene-store';
import { itemObjects } from './item-registry';
import { reticle } from './reticle-state';
import { facingYaw } from './placement-rules';

const raycaster = new Raycaster();
const ray = new Ray();
const plane = new Plane();
const hit = new Vector3();
const eye = new Vector3();
const tmp = new Vector3();
const ROTATE_SPEED = 1.6; // rad/s at full thumbstick
const SCALE_SPEED = 0.6; // per second at full thumbstick

interface Drag {
  uid: string;
  source: XRInputSource;
  /** From the grabbed point to the item's origin, on its surface. */
  offset: Vector3;
}

/**
 * Taps and gestures: a tap on empty space places the next product at the reticle, a tap on an item
 * selects it, dragging moves it along its surface, two fingers twist (and pinch, when scaling is
 * on) it, a controller's thumbstick turns (and scales) the selected item.
 */
export function ArInput({ catalogue }: { catalogue: Catalogue }) {
  const gl = useThree((s) => s.gl);
  const drag = useRef<Drag | null>(null);
  const active = useRef(new Set<XRInputSource>());
  const twist = useRef<{ angle: number; dist: number } | null>(null);

  const rayOf = (source: XRInputSource, frame: XRFrame): boolean => {
    const space = gl.xr.getReferenceSpace();
    const pose = space && frame.getPose(source.targetRaySpace, space);
    if (!pose) return false;
    const { position: o, orientation: q } = pose.transform;
    ray.origin.set(o.x, o.y, o.z);
    ray.direction.set(0, 0, -1).applyQuaternion(q as never);
    return true;
  };

  const pickItem = (): { uid: string; point: Vector3 } | null => {
    raycaster.ray.copy(ray);
    let best: { uid: string; point: Vector3; distance: number } | null = null;
    for (const [uid, obj] of itemObjects) {
      const hits = raycaster.intersectObject(obj, true);
      const h = hits.find((x) => x.object.name !== 'ar-shadow' && x.object.name !== 'ar-selection');
      if (h && (!best || h.distance < best.distance)) best = { uid, point: h.point.clone(), distance: h.distance };
    }
    return best;
  };

  /** The item's surface: the floor (or table) plane through its origin, or its wall. */
  const surfaceOf = (uid: string): boolean => {
    const item = arSceneStore.getState().items.find((i) => i.uid === uid);
    if (!item) return false;
    tmp.fromArray(item.normal);
    plane.setFromNormalAndCoplanarPoint(tmp, hit.fromArray(item.position));
    return true;
  };

  useXRInputSourceEvent(
    'all',
    'selectstart',
    (e) => {
      active.current.add(e.inputSource);
      if (active.current.size > 1 || !rayOf(e.inputSource, e.frame)) return;
      const picked = pickItem();
      if (!picked) return;
      arSceneStore.getState().select(picked.uid);
      if (!surfaceOf(picked.uid) || !ray.intersectPlane(plane, hit)) return;
      const item = arSceneStore.getState().items.find((i) => i.uid === picked.uid)!;
      drag.current = { uid: picked.uid, source: e.inputSource, offset: tmp.fromArray(item.position).sub(hit).clone() };
    },
    [],
  );

  useXRInputSourceEvent(
    'all',
    'selectend',
    (e) => {
      active.current.delete(e.inputSource);
      twist.current = null;
      // WebXR fires `select` before `selectend`: a press that began on an item has already been
      // kept from placing anything by then.
      if (drag.current?.source === e.inputSource) drag.current = null;
    },
    [],
  );

  useXRInputSourceEvent(
    'all',
    'select',
    () => {
      if (drag.current) return;
      const s = arSceneStore.getState();
      const product = catalogue.byId(s.nextProductId);
      if (!reticle.valid || !product) return;
      gl.xr.getCamera().getWorldPosition(eye);
      s.place({
        productId: product.id,
        variantId: s.nextVariantId,
        placement: product.placement,
        position: reticle.position.toArray() as [number, number, number],
        normal: reticle.normal.toArray() as [number, number, number],
        rotation: facingYaw(product.placement, reticle.position, reticle.normal, eye),
      });
    },
    [catalogue],
  );

  useFrame((_, delta, frame?: XRFrame) => {
    if (!frame) return;
    const s = arSceneStore.getState();
    const d = drag.current;
    if (d && active.current.has(d.source) && active.current.size === 1 && rayOf(d.source, frame) && surfaceOf(d.uid) && ray.intersectPlane(plane, hit)) {
      const next = hit.add(d.offset);
      const item = s.items.find((i) => i.uid === d.uid);
      if (item && tmp.fromArray(item.position).distanceTo(next) > 0.002) s.update(d.uid, { position: next.toArray() as [number, number, number] });
    }
    const sel = s.items.find((i) => i.uid === s.selectedUid);
    if (!sel) return;
    // Two fingers: twist turns, pinch scales (only when scaling was chosen).
    if (active.current.size === 2 && surfaceOf(sel.uid)) {
      const pts: Vector3[] = [];
      for (const src of active.current) if (rayOf(src, frame) && ray.intersectPlane(plane, hit)) pts.push(hit.clone());
      const [a, b] = pts;
      if (a && b && pts.length === 2) {
        const angle = Math.atan2(b.z - a.z, b.x - a.x);
        const dist = a.distanceTo(b);
        const prev = twist.current;
        if (prev) {
          const patch: { rotation: number; scale?: number } = { rotation: sel.rotation - (angle - prev.angle) };
          if (s.scaling && prev.dist > 0.01) patch.scale = clampScale(sel.scale * (dist / prev.dist));
          s.update(sel.uid, patch);
        }
        twist.current = { angle, dist };
      }
    }
    // Controllers: thumbstick x turns, y scales (when scaling is on).
    for (const src of frame.session.inputSources) {
      const axes = src.gamepad?.axes;
      if (!axes || axes.length < 4) continue;
      const stickX = axes[2] ?? 0, stickY = axes[3] ?? 0;
      const x = Math.abs(stickX) > 0.2 ? stickX : 0;
      const y = Math.abs(stickY) > 0.2 ? stickY : 0;
      if (x) s.update(sel.uid, { rotation: sel.rotation - x * ROTATE_SPEED * delta });
      if (y && s.scaling) s.update(sel.uid, { scale: clampScale(sel.scale * (1 - y * SCALE_SPEED * delta)) });
    }
  });

  return null;
}

function clampScale(s: number): number {
  return Math.min(3, Math.max(0.25, s));
}
