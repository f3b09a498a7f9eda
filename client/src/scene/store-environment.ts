import { createStore } from 'zustand/vanilla';
import type { Material, Texture } from 'three';

/**
 * The store's prefiltered environment, once loaded. Deliberately not `scene.environment`: three
 * would then add environment reflections to every Lambert and Basic material too (the floor,
 * walls, signs), which changes their colours and costs a cube-map lookup per pixel for nothing.
 * Only product materials (PBR) take it.
 */
export const storeEnvironment = createStore<{ texture: Texture | null }>(() => ({ texture: null }));

/**
 * Gives PBR materials the environment now and whenever it arrives; returns the unsubscribe.
 * @example useEffect(() => useStoreEnvironment(materials), [materials])
 */
export function applyStoreEnvironment(materials: readonly Material[]): () => void {
  const apply = (t: Texture | null) => {
    for (const m of materials) {
      const pbr = m as Material & { isMeshStandardMaterial?: boolean; envMap: Texture | null };
      if (!pbr.isMeshStandardMaterial || pbr.envMap === t) continue;
      pbr.envMap = t;
      m.needsUpdate = true;
    }
  };
  apply(storeEnvironment.getState().texture);
  return storeEnvironment.subscribe((s) => apply(s.texture));
}
