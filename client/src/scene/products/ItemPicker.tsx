import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { storeNavStore } from '../navigation/store-nav-store';
import type { StoreWorld } from '../store-world';
import { clickDelta } from './click-delta';
import { ItemPickTarget } from './item-pick-target';
import { emptyUntagged } from '../stock/shelf-stock-store';

/** A press that moved more than this (pixels) was a drag to look around, not a click. */
const DRAG_PX = 8;

/**
 * Pointing at a product highlights it, clicking (or pulling the trigger on it) selects it: one
 * invisible pick target for all products, driven by R3F and headset pointers alike.
 */
export function ItemPicker({ world }: { world: StoreWorld }) {
  const target = useMemo(() => new ItemPickTarget(world.boxes, world.occluders), [world]);
  useEffect(() => {
    // An empty place answers only where it carries its tag (it opens the product, with where to find it).
    target.skip = (i) => storeNavStore.getState().held?.index === i || emptyUntagged(world, i);
  }, [target, world]);

  const hover = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    if (e.instanceId !== undefined) storeNavStore.getState().hover(e.instanceId);
  };
  return (
    <primitive
      object={target}
      onPointerOver={hover}
      onPointerMove={hover}
      onPointerOut={() => storeNavStore.getState().hover(-1)}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        if (clickDelta(e) > DRAG_PX || e.instanceId === undefined) return;
        storeNavStore.getState().select(e.instanceId);
      }}
    />
  );
}
