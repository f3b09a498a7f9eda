import { useEffect, useMemo } from 'react';
import { MeshBasicMaterial } from 'three';
import { useLocale } from '../../stores/use-locale';
import type { StoreWorld } from '../store-world';
import { buildSignAtlas } from './sign-atlas';

/** All signs and counter labels, in the visitor's language (redrawn when it changes): one draw call. */
export function StoreSigns({ world }: { world: StoreWorld }) {
  const locale = useLocale();
  const { geometry, material } = useMemo(() => {
    const atlas = buildSignAtlas(world.layout, world.placement, locale);
    return { geometry: atlas.geometry, material: new MeshBasicMaterial({ map: atlas.texture, toneMapped: false }) };
  }, [world, locale]);
  useEffect(
    () => () => {
      geometry.dispose();
      material.map?.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  return <mesh name="signs" geometry={geometry} material={material} raycast={() => undefined} />;
}
