import { useEffect, useMemo } from 'react';
import { BoxGeometry, EdgesGeometry, LineBasicMaterial, LineSegments } from 'three';
import { itemBox } from '../layout/placed-item';
import { storeNavStore } from '../navigation/store-nav-store';
import type { StoreWorld } from '../store-world';

/**
 * Outlines of the product under the pointer and of the selected one: two line boxes moved by
 * store subscriptions, drawn only when needed.
 */
export function ItemHighlight({ world }: { world: StoreWorld }) {
  const [hover, selected] = useMemo(() => {
    const edges = new EdgesGeometry(new BoxGeometry(1, 1, 1));
    const make = (color: string, opacity: number) => {
      const l = new LineSegments(edges, new LineBasicMaterial({ color, transparent: true, opacity, depthTest: true }));
      l.visible = false;
      l.matrixAutoUpdate = false;
      l.raycast = () => undefined;
      return l;
    };
    return [make('#ffffff', 0.8), make('#f0a33c', 1)];
  }, []);

  useEffect(() => {
    const place = (line: LineSegments, index: number) => {
      const item = world.items[index];
      if (!item) {
        line.visible = false;
        return;
      }
      const b = itemBox(item);
      line.position.set(b.cx, b.cy, b.cz);
      line.rotation.set(0, b.rotY, 0);
      line.scale.set(b.hx * 2 + 0.04, b.hy * 2 + 0.04, b.hz * 2 + 0.04);
      line.updateMatrix();
      line.visible = true;
    };
    const apply = () => {
      const s = storeNavStore.getState();
      const heldIndex = s.held?.index ?? -1;
      place(hover, s.hovered !== s.selected && s.hovered !== heldIndex ? s.hovered : -1);
      place(selected, s.selected !== heldIndex ? s.selected : -1);
    };
    apply();
    return storeNavStore.subscribe((s, p) => {
      if (s.hovered !== p.hovered || s.selected !== p.selected || s.held !== p.held) apply();
    });
  }, [world, hover, selected]);

  useEffect(
    () => () => {
      hover.geometry.dispose();
      (hover.material as LineBasicMaterial).dispose();
      (selected.material as LineBasicMaterial).dispose();
    },
    [hover, selected],
  );

  return (
    <>
      <primitive object={hover} />
      <primitive object={selected} />
    </>
  );
}
