import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { MeshBasicMaterial } from 'three';
import type { StoreWorld } from '../store-world';
import { buildFixtures } from './build-fixtures';
import { buildShell, disposeAll } from './build-shell';
import { drawFloorTexture } from './floor-texture';

/**
 * The building and its furniture, all from the layout data: floor (baked-looking texture),
 * walls, glass front, ceiling lights, racks, gondolas, podiums, counters and sign boards, in five
 * draw calls with unlit (baked) materials. `onFloorClick` (desktop click-to-walk) is left off in the headset, where the
 * teleport pointer owns the floor.
 */
export function StoreArchitecture({ world, onFloorClick }: { world: StoreWorld; onFloorClick?: (e: ThreeEvent<MouseEvent>) => void }) {
  const built = useMemo(() => {
    const shell = buildShell(world.layout);
    const floorMap = drawFloorTexture(world.layout, world.items);
    return {
      shell,
      fixtures: buildFixtures(world.layout),
      // The building is unlit: its light is baked into the floor texture and the vertex colours
      // (geometry-kit.ts), so each pixel costs one texture or colour read. Products keep PBR.
      floor: new MeshBasicMaterial({ map: floorMap }),
      solid: new MeshBasicMaterial({ vertexColors: true }),
      glass: new MeshBasicMaterial({ color: '#cfe3e8', transparent: true, opacity: 0.18, depthWrite: false }),
      lights: new MeshBasicMaterial({ color: '#fffdf6', toneMapped: false }),
      fixtureMaterial: new MeshBasicMaterial({ vertexColors: true }),
    };
  }, [world]);

  useEffect(
    () => () => {
      const { shell, fixtures, floor, solid, glass, lights, fixtureMaterial } = built;
      floor.map?.dispose();
      disposeAll([shell.solid, shell.glass, shell.lights, shell.floor, fixtures, floor, solid, glass, lights, fixtureMaterial]);
    },
    [built],
  );

  return (
    <group name="store-architecture">
      <mesh name="floor" geometry={built.shell.floor} material={built.floor} onClick={onFloorClick} />
      <mesh name="shell" geometry={built.shell.solid} material={built.solid} raycast={noRaycast} />
      {built.shell.glass && <mesh name="glass-front" geometry={built.shell.glass} material={built.glass} raycast={noRaycast} renderOrder={2} />}
      <mesh name="ceiling-lights" geometry={built.shell.lights} material={built.lights} raycast={noRaycast} />
      <mesh name="fixtures" geometry={built.fixtures} material={built.fixtureMaterial} raycast={noRaycast} />
    </group>
  );
}

/** Decoration does not take part in pointer events. */
function noRaycast() {
  return undefined;
}
