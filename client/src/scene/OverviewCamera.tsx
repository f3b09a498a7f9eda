import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { StoreWorld } from './store-world';

/**
 * Benchmark viewpoint (`?cam=overview`): just under the ceiling above the entrance, looking down
 * the length of the store, so that (nearly) every product is inside the view and little is culled
 * for free. `__storeTest.inView()` counts them.
 */
export function OverviewCamera({ world }: { world: StoreWorld }) {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const [minX, minZ, maxX, maxZ] = world.layout.bounds;
    const cx = (minX + maxX) / 2;
    camera.position.set(cx, world.layout.ceilingHeight - 0.4, maxZ - 0.3);
    camera.lookAt(cx, 0, minZ + (maxZ - minZ) * 0.4);
    camera.updateMatrixWorld();
  }, [camera, world]);
  return null;
}
