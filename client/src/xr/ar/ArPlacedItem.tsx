import { useEffect, useRef, useState } from 'react';
import type { Group, Object3D } from 'three';
import type { Dimensions } from '../../../../shared/catalogue/product';
import { loadGlb, type GlbModel } from '../../scene/glb/load-glb';
import type { PlacedItem } from './ar-scene-store';
import { itemObjects } from './item-registry';
import { blobShadowTexture } from './blob-shadow-texture';
import { ArSelectionBox } from './ArSelectionBox';

/**
 * One piece of furniture in the room at true size (or the chosen scale), with a soft shadow under
 * floor items and a frame around it while selected.
 */
export function ArPlacedItem({ item, url, dimensions, selected }: { item: PlacedItem; url: string; dimensions: Dimensions; selected: boolean }) {
  const group = useRef<Group>(null);
  const [model, setModel] = useState<GlbModel | null>(null);

  useEffect(() => {
    let live = true;
    let loaded: GlbModel | null = null;
    loadGlb(url).then(
      (m) => {
        loaded = m;
        if (live) setModel(m);
        else m.dispose();
      },
      (e: unknown) => console.error('AR model', e),
    );
    return () => {
      live = false;
      loaded?.dispose();
    };
  }, [url]);

  useEffect(() => {
    model?.setVariant(item.variantId);
  }, [model, item.variantId]);

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    itemObjects.set(item.uid, g);
    return () => void itemObjects.delete(item.uid);
  }, [item.uid]);

  const wall = item.placement === 'wall';
  const { w, h, d } = dimensions;
  return (
    <group
      ref={group}
      name="ar-item"
      userData={{ uid: item.uid, productId: item.productId }}
      position={item.position}
      rotation={[0, item.rotation, 0]}
      scale={item.scale}
    >
      <group name="ar-model">{model && <primitive object={model.root as unknown as Object3D} />}</group>
      {!wall && (
        <mesh rotation-x={-Math.PI / 2} position-y={0.002} renderOrder={-1} name="ar-shadow" raycast={() => null}>
          <planeGeometry args={[w * 1.25, d * 1.25]} />
          <meshBasicMaterial map={blobShadowTexture()} transparent depthWrite={false} />
        </mesh>
      )}
      {selected && <ArSelectionBox w={w} h={h} d={d} wall={wall} />}
    </group>
  );
}
