import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import type { ComboSet } from '../../scene/products/use-product-combos';
import type { StoreWorld } from '../../scene/store-world';
import { ComfortVignette } from './ComfortVignette';
import { VrHand } from './VrHand';
import { VrHeldProduct } from './VrHeldProduct';
import { ThumbstickTeleport } from './ThumbstickTeleport';
import { VrRig } from './VrRig';
import { WristMenu } from './WristMenu';

/**
 * Everything that exists only in the headset: rig and teleport, hands and grabbing, the wrist
 * menu and the comfort vignette. Mount inside <XR>; it tells the shared store when a session
 * starts and ends (channel `vr` for cart changes, desktop controls idle).
 */
export function VrLayer({ world, comboSet }: { world: StoreWorld; comboSet: ComboSet | null }) {
  const session = useXR((s) => s.session);
  useEffect(() => {
    storeNavStore.getState().setInXR(!!session);
  }, [session]);
  useEffect(() => () => storeNavStore.getState().setInXR(false), []);
  return (
    <>
      <VrRig world={world}>
        {session && (
          <>
            <VrHand hand="left" world={world} />
            <VrHand hand="right" world={world} />
          </>
        )}
      </VrRig>
      {session && (
        <>
          <ThumbstickTeleport world={world} />
          <WristMenu world={world} />
          <ComfortVignette />
          {comboSet && <VrHeldProduct world={world} comboSet={comboSet} />}
        </>
      )}
    </>
  );
}
