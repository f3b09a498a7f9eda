import { useEffect, useMemo } from 'react';
import { Mesh, MeshBasicMaterial, RingGeometry } from 'three';
import { storeNavStore } from './store-nav-store';

/** A ring on the floor where a click-to-walk route ends, shown while walking there. */
export function WalkMarker() {
  const ring = useMemo(() => {
    const m = new Mesh(new RingGeometry(0.22, 0.3, 40).rotateX(-Math.PI / 2), new MeshBasicMaterial({ color: '#b4623f', transparent: true, opacity: 0.85, depthWrite: false }));
    m.visible = false;
    m.raycast = () => undefined;
    return m;
  }, []);
  useEffect(() => {
    const unsubscribe = storeNavStore.subscribe((s) => {
      const end = s.path?.[s.path.length - 1];
      ring.visible = !!end;
      if (end) ring.position.set(end.x, 0.01, end.z);
    });
    return () => {
      unsubscribe();
      ring.geometry.dispose();
      (ring.material as MeshBasicMaterial).dispose();
    };
  }, [ring]);
  return <primitive object={ring} />;
}
