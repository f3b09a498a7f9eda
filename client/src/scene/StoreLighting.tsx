import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Color } from 'three';
import { loadPrefilteredEnvironment } from '../../../assets/scripts/web/prefiltered-env.js';
import { storeEnvironment } from './store-environment';

/** The store's prefiltered environment (served from /env, no prefiltering on the device). */
export const STORE_ENV_URL = '/env/studio-pmrem.bin';

/**
 * Cheap, even store lighting: a sky/floor hemisphere and one soft key light for everything, the
 * prefiltered studio environment for the products' reflections (store-environment.ts); no
 * shadow maps (contact shadows are painted into the floor texture). Without /env the products
 * are lit by the lights alone.
 */
export function StoreLighting() {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    let alive = true;
    scene.background = new Color('#d9d4cb');
    loadPrefilteredEnvironment(STORE_ENV_URL)
      .then((tex) => {
        if (alive) storeEnvironment.setState({ texture: tex });
        else tex.dispose();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      storeEnvironment.getState().texture?.dispose();
      storeEnvironment.setState({ texture: null });
    };
  }, [scene]);
  return (
    <>
      <hemisphereLight args={['#fffaf0', '#8f8677', 1.25]} />
      <directionalLight position={[8, 20, 10]} intensity={0.9} color="#fff6e8" />
    </>
  );
}
