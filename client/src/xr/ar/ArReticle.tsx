import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { useXRHitTest } from '@react-three/xr';
import { BufferGeometry, Float32BufferAttribute, Matrix4, Quaternion, Vector3, type Group } from 'three';
import type { Dimensions, Placement } from '../../../../shared/catalogue/product';
import { arSceneStore } from './ar-scene-store';
import { reticle } from './reticle-state';
import { facingYaw, surfaceFits } from './placement-rules';

const m = new Matrix4();
const p = new Vector3();
const q = new Quaternion();
const s = new Vector3();
const n = new Vector3();
const eye = new Vector3();
const UP = new Vector3(0, 1, 0);

/**
 * The target under the centre of the view: a ring on a surface that suits the next product, with
 * the product's true footprint (floor and table items) or outline (wall items) drawn as it will
 * be placed, so the customer sees whether it fits before tapping.
 */
export function ArReticle({ placement, dimensions }: { placement: Placement; dimensions: Dimensions }) {
  const group = useRef<Group>(null);
  const wall = placement === 'wall';

  useXRHitTest((results, getWorldMatrix) => {
    let found = false;
    for (const r of results) {
      if (!getWorldMatrix(m, r)) continue;
      m.decompose(p, q, s);
      n.copy(UP).applyQuaternion(q);
      if (!surfaceFits(placement, n.y)) continue;
      reticle.position.copy(p);
      reticle.normal.copy(n);
      reticle.quaternion.copy(q);
      found = true;
      break;
    }
    reticle.valid = found;
  }, 'viewer');

  useFrame(({ camera }) => {
    const g = group.current;
    if (!g) return;
    g.visible = reticle.valid;
    if (reticle.valid) {
      camera.getWorldPosition(eye);
      g.position.copy(reticle.position);
      g.rotation.set(0, facingYaw(placement, reticle.position, reticle.normal, eye), 0);
    }
    arSceneStore.getState().setSurfaceFound(reticle.valid);
  });

  const outline = useMemo(() => {
    const hw = dimensions.w / 2;
    const pts = wall
      ? [-hw, -dimensions.h / 2, 0.004, hw, -dimensions.h / 2, 0.004, hw, dimensions.h / 2, 0.004, -hw, dimensions.h / 2, 0.004]
      : [-hw, 0.004, -dimensions.d / 2, hw, 0.004, -dimensions.d / 2, hw, 0.004, dimensions.d / 2, -hw, 0.004, dimensions.d / 2];
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    return g;
  }, [dimensions.w, dimensions.h, dimensions.d, wall]);

  return (
    <group ref={group} visible={false} name="ar-reticle">
      <group rotation-x={wall ? 0 : -Math.PI / 2} position={wall ? [0, 0, 0.004] : [0, 0.004, 0]}>
        <mesh>
          <ringGeometry args={[0.09, 0.12, 40]} />
          <meshBasicMaterial color="#ffffff" transparent opacity={0.95} depthWrite={false} />
        </mesh>
        <mesh>
          <circleGeometry args={[0.02, 20]} />
          <meshBasicMaterial color="#b4623f" depthWrite={false} />
        </mesh>
      </group>
      <lineLoop geometry={outline}>
        <lineBasicMaterial color="#ffffff" transparent opacity={0.85} />
      </lineLoop>
    </group>
  );
}
