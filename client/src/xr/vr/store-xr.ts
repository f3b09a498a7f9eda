import { createXRStore, type XRStore } from '@react-three/xr';

let store: XRStore | null = null;

/**
 * The walkable store's XR session store, created once when the store page first loads.
 * Controller models come from our own origin (/xr-profiles/); on localhost without a headset,
 * @react-three/xr installs its emulator (IWER), where a click may take seconds of software
 * frames, hence the longer click threshold there. Exposed as `window.__xrStore` (contract).
 *
 * @example await storeXR().enterVR()
 */
export function storeXR(): XRStore {
  if (store) return store;
  const emulated = typeof location !== 'undefined' && location.hostname === 'localhost';
  const clickThresholdMs = emulated ? 5000 : 800;
  store = createXRStore({
    baseAssetPath: `${location.origin}/xr-profiles/`,
    emulate: { type: 'metaQuest3', syntheticEnvironment: false },
    // Controllers teleport with the thumbstick (ThumbstickTeleport); the trigger points and selects.
    controller: { teleportPointer: false, rayPointer: { clickThresholdMs } },
    hand: { teleportPointer: true, rayPointer: { clickThresholdMs } },
    offerSession: false,
  });
  (window as unknown as { __xrStore?: XRStore }).__xrStore = store;
  return store;
}
