import { useEffect, useMemo } from 'react';
import { BoxGeometry, EdgesGeometry } from 'three';

/** The selected item's box, 1 cm outside it. */
export function ArSelectionBox({ w, h, d, wall }: { w: number; h: number; d: number; wall: boolean }) {
  const edges = useMemo(() => {
    const box = new BoxGeometry(w + 0.02, h + 0.02, d + 0.02);
    const e = new EdgesGeometry(box);
    box.dispose();
    return e;
  }, [w, h, d]);
  useEffect(() => () => edges.dispose(), [edges]);
  return (
    <lineSegments geometry={edges} position={wall ? [0, 0, d / 2] : [0, h / 2, 0]} name="ar-selection" raycast={() => null}>
      <lineBasicMaterial color="#b4623f" />
    </lineSegments>
  );
}
