import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useStore } from 'zustand';
import type { Texture } from 'three';
import { studioEnvironment } from '../../scene/env/studio-environment';
import { arSceneStore } from './ar-scene-store';
import type { Catalogue } from './ar-catalogue';
import { ArReticle } from './ArReticle';
import { ArPlacedItem } from './ArPlacedItem';
import { ArInput } from './ArInput';
import { modelFor } from '../../../../shared/catalogue/variant-model';

/**
 * What is drawn over the camera image: the reticle, the placed furniture and nothing else (no room,
 * no background: the room is the customer's). Lit by the studio environment, which is also what
 * the product page and the posters use, so colours match.
 */
export function ArScene({ catalogue }: { catalogue: Catalogue }) {
  const scene = useThree((s) => s.scene);
  const items = useStore(arSceneStore, (s) => s.items);
  const selectedUid = useStore(arSceneStore, (s) => s.selectedUid);
  const nextId = useStore(arSceneStore, (s) => s.nextProductId);
  const next = catalogue.byId(nextId);

  useEffect(() => {
    let live = true;
    scene.background = null;
    void studioEnvironment().then((env) => {
      if (!live) return;
      scene.environment = env as unknown as Texture;
      scene.environmentIntensity = 0.9;
    });
    return () => {
      live = false;
      scene.environment = null;
    };
  }, [scene]);

  return (
    <>
      <directionalLight position={[1, 3, 2]} intensity={0.8} />
      {next && <ArReticle placement={next.placement} dimensions={next.dimensionsM} />}
      {items.map((i) => {
        const p = catalogue.byId(i.productId);
        const url = p ? modelFor(p, i.variantId).glb : '';
        return p && url ? <ArPlacedItem key={i.uid} item={i} url={url} dimensions={p.dimensionsM} selected={i.uid === selectedUid} /> : null;
      })}
      <ArInput catalogue={catalogue} />
    </>
  );
}
