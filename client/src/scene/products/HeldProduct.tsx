import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Group } from 'three';
import { productPanelStore } from '../panel/product-panel-store';
import { modelBounds } from '../models/model-bounds';
import { partMaterial, type ProductModel } from '../models/product-model';
import type { PlacedItem } from '../layout/placed-item';
import { applyStoreEnvironment } from '../store-environment';
import { registerStoreTestHook } from '../store-test-hooks';
import type { StoreWorld } from '../store-world';
import { heldModelPlan } from './held-model-plan';
import { heldModelsStore } from './held-models-store';
import type { ComboSet } from './use-product-combos';

/**
 * Sets the transform of the held product each frame (desktop: in front of the camera; headset:
 * in the hand). The product's centre is at the group's origin, so it turns about its middle.
 * `item.size` is the size of the model in hand, which may be a variant's own shape.
 */
export type HoldFollow = (target: Group, item: PlacedItem, delta: number) => void;

/**
 * The product in hand, at full detail, while its shelf instance is hidden (ProductLayer): in the
 * variant chosen on the product panel, so a swatch can be tried on the piece in hand. A variant
 * with a model of its own is shown in it, fetched on demand when no shelf faces it; until it is
 * in (or if it cannot be read) the shape in hand stays, in the new colours. One model, only while
 * something is held.
 *
 * @example <HeldProduct item={item} world={world} comboSet={comboSet} follow={followCamera} />
 */
export function HeldProduct({ item, world, comboSet, follow }: { item: PlacedItem; world: StoreWorld; comboSet: ComboSet; follow: HoldFollow }) {
  const group = useRef<Group>(null);
  const chosen = useStore(productPanelStore, (s) => (s.product?.id === item.productId ? s.variantId : null));
  const variantId = chosen ?? item.variantId;
  const product = world.productById.get(item.productId);
  const ownKey = comboSet.modelKeyOf[item.index] ?? '';
  const shown = useStore(heldModelsStore, (s) => (s.shown?.index === item.index ? s.shown.key : ownKey));
  const fetched = useStore(heldModelsStore, (s) => s.models);
  const pending = useStore(heldModelsStore, (s) => s.pending);
  const modelOf = (key: string): ProductModel | undefined => comboSet.models.get(key) ?? fetched[key];
  const plan = product ? heldModelPlan(product, variantId, shown, (key) => (modelOf(key) ? 'ready' : pending[key])) : null;
  const { key: wantedKey = '', glb: wantedGlb = '', show = shown, fetch = false } = plan ?? {};
  const model = modelOf(show) ?? modelOf(ownKey);

  useEffect(() => {
    if (product && fetch) heldModelsStore.getState().request(product, wantedGlb);
  }, [product, fetch, wantedGlb]);
  useEffect(() => {
    if (show !== shown) heldModelsStore.getState().show(item.index, show);
  }, [item.index, show, shown]);
  useEffect(() => () => heldModelsStore.getState().forget(item.index), [item.index]);
  // A model fetched for the hand gets the store's reflections like those on the shelves.
  useEffect(() => {
    if (!model) return;
    return applyStoreEnvironment([...model.parts.map((p) => p.material), ...[...model.variants.values()].flatMap((v) => [...v.values()])]);
  }, [model]);

  // Held about its own middle, at its own size: a variant's model may be another shape than the product's.
  const bounds = model && modelBounds(model);
  const sized = useMemo(() => (bounds ? { ...item, size: bounds.size } : item), [item, bounds]);
  useFrame((_, delta) => {
    if (group.current) follow(group.current, sized, delta);
  });
  useEffect(
    () =>
      registerStoreTestHook('heldModel', () => {
        const g = group.current;
        if (!model || !bounds || !g) return null;
        // Drawn size in metres: the model's extent times the hand's scale (1 on a computer).
        const s = g.scale.x;
        return { index: item.index, source: model.source, glb: model.glb, wanted: wantedGlb, loading: pending[wantedKey] ?? null, size: { w: bounds.size.w * s, h: bounds.size.h * s, d: bounds.size.d * s } };
      }),
    [item.index, model, bounds, wantedGlb, wantedKey, pending],
  );
  if (!model || !bounds) return null;
  const [cx, cy, cz] = bounds.centre;
  return (
    <group ref={group} name="held-product" userData={{ glb: model.glb, source: model.source }}>
      <group position={[-cx, -cy, -cz]}>
        {model.parts.map((part, i) => (
          <mesh key={i} geometry={part.geometry} material={partMaterial(model, part, variantId)} raycast={() => undefined} />
        ))}
      </group>
    </group>
  );
}
