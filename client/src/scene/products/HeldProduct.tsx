import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Group } from 'three';
import { productPanelStore } from '../panel/product-panel-store';
import { itemBox } from '../layout/placed-item';
import { partMaterial } from '../models/product-model';
import type { PlacedItem } from '../layout/placed-item';
import type { StoreWorld } from '../store-world';
import { instanceModel, type ComboSet } from './use-product-combos';

/**
 * Sets the transform of the held product each frame (desktop: in front of the camera; headset:
 * in the hand). The product's centre is at the group's origin, so it turns about its middle.
 */
export type HoldFollow = (target: Group, item: PlacedItem, delta: number) => void;

/**
 * The product in hand, at full detail, while its shelf instance is hidden (ProductLayer): in the
 * variant chosen on the product panel, so a swatch can be tried on the piece in hand (in its own
 * model when the store has it loaded). One model, only while something is held.
 *
 * @example <HeldProduct item={item} world={world} comboSet={comboSet} follow={followCamera} />
 */
export function HeldProduct({ item, world, comboSet, follow }: { item: PlacedItem; world: StoreWorld; comboSet: ComboSet; follow: HoldFollow }) {
  const group = useRef<Group>(null);
  const chosen = useStore(productPanelStore, (s) => (s.product?.id === item.productId ? s.variantId : null));
  const variantId = chosen ?? item.variantId;
  const model = instanceModel(comboSet, world, item.index, variantId);
  // Offset the parts so the box centre sits at the origin.
  const centre = useMemo(() => {
    const b = itemBox({ ...item, x: 0, y: 0, z: 0, rotY: 0 });
    return [-b.cx, -b.cy, -b.cz] as const;
  }, [item]);
  useFrame((_, delta) => {
    if (group.current) follow(group.current, item, delta);
  });
  if (!model) return null;
  return (
    <group ref={group} name="held-product">
      <group position={centre}>
        {model.parts.map((part, i) => (
          <mesh key={i} geometry={part.geometry} material={partMaterial(model, part, variantId)} raycast={() => undefined} />
        ))}
      </group>
    </group>
  );
}
