import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments } from 'three';
import { live } from './room-store';

const MAX = 16;

/** Every advisor's laser pointer in one line-segments draw call. */
export function Lasers() {
  const lines = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(MAX * 6), 3));
    g.setDrawRange(0, 0);
    const l = new LineSegments(g, new LineBasicMaterial({ color: '#ff2d55', transparent: true, opacity: 0.9, depthTest: false }));
    l.frustumCulled = false;
    l.renderOrder = 10;
    l.raycast = () => undefined;
    return l;
  }, []);
  useEffect(
    () => () => {
      lines.geometry.dispose();
      (lines.material as LineBasicMaterial).dispose();
    },
    [lines],
  );
  useFrame(() => {
    const attr = lines.geometry.getAttribute('position') as BufferAttribute;
    const a = attr.array as Float32Array;
    let n = 0;
    for (const l of live.lasers.values()) {
      if (n >= MAX) break;
      a.set(l, n * 6);
      n++;
    }
    lines.geometry.setDrawRange(0, n * 2);
    attr.needsUpdate = n > 0;
  });
  return <primitive object={lines} />;
}
