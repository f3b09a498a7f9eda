import type { StoreWorld } from '../../scene/store-world';
import type { StoreParams } from './store-params';
import { StoreCanvas } from './StoreCanvas';
import { AvatarsLayer } from '../../room/AvatarsLayer'; // [live sessions]

/**
 * The store's 3D view: shelves, products, the visitor's own movement and, in a live session,
 * everyone else's avatars. A React island in the production build (client/src/islands): it takes
 * plain props only.
 */
export function StoreView({ world, params }: { world: StoreWorld; params: StoreParams }) {
  return (
    <StoreCanvas world={world} params={params}>
      {/* [live sessions] other people's avatars, lasers, this visitor's pose, follow-me and spotlight */}
      <AvatarsLayer world={world} join={!params.bench} />
    </StoreCanvas>
  );
}
