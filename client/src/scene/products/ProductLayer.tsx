import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Color, Vector3 } from 'three';
import { storeNavStore } from '../navigation/store-nav-store';
import { applyStoreEnvironment } from '../store-environment';
import type { StoreWorld } from '../store-world';
import { ProductBatches } from './product-batches';
import type { ComboSet } from './use-product-combos';
import { facingsOf, shelfStockStore } from '../stock/shelf-stock-store';

const HOVER = new Color(1.35, 1.3, 1.15);
const SELECTED = new Color(1.5, 1.35, 1.0);
const eye = new Vector3();
/** Re-pick levels of detail after the eye has moved this far (metres). */
const LOD_STEP = 0.5;

/**
 * All products of the store as a handful of batched draws (see ProductBatches). React renders it
 * once per model set; hover, selection and the product in hand reach it through store
 * subscriptions, and the frame loop only checks whether the eye moved enough to update levels.
 */
export function ProductLayer({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet }) {
  const batches = useMemo(() => new ProductBatches(world.items, comboSet.combos, comboSet.comboOf), [world, comboSet]);
  const camera = useThree((s) => s.camera);
  const last = useRef(new Vector3(Infinity, 0, 0));

  useEffect(() => {
    const apply = (s = storeNavStore.getState(), prev?: ReturnType<typeof storeNavStore.getState>) => {
      if (prev) {
        if (prev.hovered >= 0) batches.setTint(prev.hovered, null);
        if (prev.selected >= 0) batches.setTint(prev.selected, null);
        if (prev.held && prev.held.index !== s.held?.index) batches.setHidden(prev.held.index, false);
      }
      if (s.hovered >= 0) batches.setTint(s.hovered, HOVER);
      if (s.selected >= 0) batches.setTint(s.selected, SELECTED);
      if (s.held) batches.setHidden(s.held.index, true);
    };
    apply();
    const unsubscribe = storeNavStore.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered || s.selected !== prev.selected || s.held !== prev.held) apply(s, prev);
    });
    // The store's stock fills or empties places when a reading changes it, never per frame.
    batches.setStocked(facingsOf(world).full);
    const stopStock = shelfStockStore.subscribe((s, prev) => {
      if (s.revision !== prev.revision) batches.setStocked(facingsOf(world, s).full);
    });
    last.current.set(Infinity, 0, 0);
    exposeBatches(batches);
    const stopEnv = applyStoreEnvironment(batches.sharedMaterials);
    return () => {
      stopEnv();
      stopStock();
      unsubscribe();
      batches.dispose();
      exposeBatches(null);
    };
  }, [batches, world]);

  useFrame(() => {
    camera.getWorldPosition(eye);
    if (eye.distanceToSquared(last.current) < LOD_STEP * LOD_STEP) return;
    last.current.copy(eye);
    batches.updateLod(eye.x, eye.y, eye.z);
  });

  return <primitive object={batches.root} />;
}

function exposeBatches(b: ProductBatches | null) {
  const w = window as unknown as { __storeBatches?: ProductBatches | null };
  w.__storeBatches = b;
}
