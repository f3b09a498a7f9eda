import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { pickItem } from './layout/pick-items';
import { itemBox } from './layout/placed-item';
import { storeNavStore } from './navigation/store-nav-store';
import type { StoreWorld } from './store-world';
import type { ComboSet } from './products/use-product-combos';
import type { ProductBatches } from './products/product-batches';
import { registerStoreTestHook } from './store-test-hooks';
import { emptyUntagged, facingsOf, shelfStockStore } from './stock/shelf-stock-store';

const v = new Vector3();
const dir = new Vector3();

/** Registers what tests need to act like a person: where a product is on screen, what is selected. */
export function StoreTestHooks({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet | null }) {
  const ready = !!comboSet?.final;
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const screenOf = (i: number) => {
      const item = world.items[i];
      if (!item) throw new Error(`no item ${i}: the store has ${world.items.length}`);
      const b = itemBox(item);
      v.set(b.cx, b.cy, b.cz).project(camera);
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height, inView: Math.abs(v.x) < 0.9 && Math.abs(v.y) < 0.9 && v.z < 1 };
    };
    const offs = [
      registerStoreTestHook('ready', () => ready),
      registerStoreTestHook('nav', () => {
        const s = storeNavStore.getState();
        return { pose: { ...s.pose }, selected: s.selected, hovered: s.hovered, held: s.held, inXR: s.inXR, path: s.path?.length ?? 0 };
      }),
      // Debugging and screenshots only: the e2e specs walk, click and teleport like a person.
      registerStoreTestHook('goTo', (x: number, z: number, yaw = 0, pitch = 0) => {
        storeNavStore.getState().teleport(x, z, yaw);
        storeNavStore.getState().pose.pitch = pitch;
      }),
      // Selects a place as a click would (debugging and the price checks, which need one given product).
      registerStoreTestHook('select', (i: number) => storeNavStore.getState().select(i)),
      registerStoreTestHook('placesOf', (productId: string) => world.shelves.find((s) => s.productId === productId)?.places ?? []),
      registerStoreTestHook('world', () => ({ count: world.count, items: world.items.length, unplaced: world.placement.unplaced.length })),
      // `stocked`: drawn full for the store's stock (an emptied place cannot be picked up);
      // `model`: the file it stands in ('' for its true-size box), a variant's own or its product's.
      registerStoreTestHook('item', (i: number) => {
        const item = world.items[i];
        const model = comboSet?.models.get(comboSet.modelKeyOf[i] ?? '');
        return {
          ...item, product: item && world.productById.get(item.productId)?.name, stocked: facingsOf(world).full[i] === 1,
          model: model && { source: model.source, glb: model.glb },
        };
      }),
      // Where the batched draw puts item i (world position and visibility of each of its instances); null until the products are drawn.
      registerStoreTestHook('drawn', (i: number) => (window as unknown as { __storeBatches?: ProductBatches | null }).__storeBatches?.drawnAt(i) ?? null),
      registerStoreTestHook('screenPoint', (i: number) => screenOf(i)),
      // How many products are inside the view (their centre projects into it).
      registerStoreTestHook('inView', () => {
        camera.updateMatrixWorld();
        let n = 0;
        world.items.forEach((it) => {
          const b = itemBox(it);
          v.set(b.cx, b.cy, b.cz).project(camera);
          if (Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1 && v.z < 1) n++;
        });
        return { inView: n, items: world.items.length };
      }),
      // The product nearest the middle of the view that a click there would really reach and hit.
      registerStoreTestHook('visibleItem', (maxDistance = 6) => {
        camera.getWorldPosition(v);
        const eye = v.clone();
        let best: { index: number; x: number; y: number; score: number } | null = null;
        world.items.forEach((it, i) => {
          const b = itemBox(it);
          const d = Math.hypot(b.cx - eye.x, b.cz - eye.z);
          if (d > maxDistance || emptyUntagged(world, i)) return;
          const p = screenOf(i);
          if (!p.inView) return;
          // Only where a click would reach the canvas (not under a panel of the page).
          const rect = gl.domElement.getBoundingClientRect();
          if (document.elementFromPoint(rect.left + p.x, rect.top + p.y) !== gl.domElement) return;
          dir.set(b.cx - eye.x, b.cy - eye.y, b.cz - eye.z).normalize();
          const hit = pickItem(world.boxes, eye.x, eye.y, eye.z, dir.x, dir.y, dir.z, 100, undefined, (k) => emptyUntagged(world, k));
          if (hit?.index !== i || pickItem(world.occluders, eye.x, eye.y, eye.z, dir.x, dir.y, dir.z, hit.distance)) return;
          const score = Math.hypot(p.x - size.width / 2, p.y - size.height / 2);
          if (!best || score < best.score) best = { index: i, x: p.x, y: p.y, score };
        });
        return best;
      }),
      // The shelves against the store's stock: per product, its places, how many are drawn full, whether it is tagged empty.
      registerStoreTestHook('facings', () => {
        const s = shelfStockStore.getState();
        const f = facingsOf(world, s);
        const byProduct: Record<string, { places: number; full: number; tagged: boolean; available: number | null }> = {};
        for (const { productId, places } of world.shelves) {
          byProduct[productId] = { places: places.length, full: places.filter((i) => f.full[i] === 1).length, tagged: f.tags.some((t) => t.productId === productId), available: s.available[productId] ?? null };
        }
        const drawn = (window as unknown as { __storeBatches?: { stockedCount(): number } | null }).__storeBatches?.stockedCount() ?? null;
        return { storeId: s.storeId, read: Object.keys(s.where).length > 0, revision: s.revision, byProduct, drawn };
      }),
      registerStoreTestHook('stats', () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles, programs: gl.info.programs?.length ?? 0 })),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [world, ready, comboSet, camera, size, gl]);
  return null;
}
