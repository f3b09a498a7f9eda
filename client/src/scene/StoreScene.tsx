import type { ThreeEvent } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { StoreArchitecture } from './architecture/StoreArchitecture';
import { StoreSigns } from './architecture/StoreSigns';
import { findPath } from './layout/find-path';
import { DesktopControls } from './navigation/DesktopControls';
import { storeNavStore } from './navigation/store-nav-store';
import { WalkMarker } from './navigation/WalkMarker';
import { ProductPanel } from './panel/ProductPanel';
import { DesktopHeldProduct } from './products/DesktopHeldProduct';
import { ItemHighlight } from './products/ItemHighlight';
import { clickDelta } from './products/click-delta';
import { ItemPicker } from './products/ItemPicker';
import { NaiveProducts } from './products/NaiveProducts';
import { ProductLayer } from './products/ProductLayer';
import { useProductCombos, type ComboSet } from './products/use-product-combos';
import { StoreLighting } from './StoreLighting';
import { EmptyFacingTags } from './stock/EmptyFacingTags';
import type { StoreWorld } from './store-world';
import { StoreTestHooks } from './StoreTestHooks';

export interface StoreSceneProps {
  world: StoreWorld;
  /** Benchmark baseline: one component and one mesh per product. */
  naive?: boolean;
  /** Benchmark: the camera is placed by the page and the controls leave it alone. */
  fixedCamera?: boolean;
  /** Headset-only layer (client/src/xr/vr), given the loaded product models. */
  xr?: (comboSet: ComboSet | null) => ReactNode;
  /**
   * Slot for what others add to the store, in world coordinates: the live session's
   * `<AvatarsLayer/>` (client/src/room) mounts here.
   */
  children?: ReactNode;
}

/**
 * The walkable store, shared by the browser and the headset: building and fixtures from the
 * layout data, every product batched, pointing and selection, the product panel and desktop
 * navigation. Mount inside a Canvas (and inside <XR> for the headset).
 */
export function StoreScene({ world, naive = false, fixedCamera = false, xr, children }: StoreSceneProps) {
  const comboSet = useProductCombos(world);
  const inXR = useStore(storeNavStore, (s) => s.inXR);
  const onFloorClick = (e: ThreeEvent<MouseEvent>) => {
    if (clickDelta(e) > 8) return;
    const s = storeNavStore.getState();
    const path = findPath(world.grid, s.pose, { x: e.point.x, z: e.point.z });
    if (path && path.length > 1) s.walk(path.slice(1));
  };
  return (
    <>
      <StoreLighting />
      <StoreArchitecture world={world} onFloorClick={inXR || fixedCamera ? undefined : onFloorClick} />
      <StoreSigns world={world} />
      {comboSet && (naive ? <NaiveProducts world={world} comboSet={comboSet} /> : <ProductLayer world={world} comboSet={comboSet} />)}
      {comboSet && !inXR && <DesktopHeldProduct world={world} comboSet={comboSet} />}
      {!naive && <EmptyFacingTags world={world} />}
      <ItemPicker world={world} />
      <ItemHighlight world={world} />
      <ProductPanel world={world} />
      <WalkMarker />
      <DesktopControls world={world} fixedCamera={fixedCamera} />
      <StoreTestHooks world={world} comboSet={comboSet} />
      {xr?.(comboSet)}
      {children}
    </>
  );
}
