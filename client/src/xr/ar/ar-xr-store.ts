import { createXRStore, type XRStore } from '@react-three/xr';

let store: XRStore | null = null;
let overlay: HTMLDivElement | null = null;

/**
 * The page's one XR store for "view in your room" (also `window.__xrStore`, for tests). On a
 * developer's localhost without WebXR, @react-three/xr installs the IWER emulator with the
 * `living_room` synthetic environment (planes, meshes and hit tests).
 *
 * @example const xr = arXrStore(); await xr.enterAR()
 */
export function arXrStore(): { store: XRStore; overlay: HTMLDivElement } {
  if (store && overlay) return { store, overlay };
  overlay = document.createElement('div');
  overlay.className = 'ar-overlay-root';
  // Taps on the overlay's buttons must not also place furniture (WebXR DOM overlay spec).
  overlay.addEventListener('beforexrselect', (e) => e.preventDefault());
  store = createXRStore({
    offerSession: false,
    enterGrantedSession: false,
    domOverlay: overlay,
    baseAssetPath: `${window.location.origin}/xr-profiles/`,
    hand: false,
    gaze: false,
    // Taps go to our own placement logic (select events), not to R3F pointer events on the furniture.
    screenInput: false,
    transientPointer: false,
    controller: { rayPointer: { clickThresholdMs: 5000 }, grabPointer: false, teleportPointer: false },
    handTracking: false,
    bodyTracking: false,
    layers: false,
    anchors: false,
    emulate: { type: 'metaQuest3', syntheticEnvironment: 'living_room', headset: { position: [0, 1.6, 0] } },
  });
  (window as unknown as { __xrStore?: XRStore }).__xrStore = store;
  return { store, overlay };
}

/**
 * Resolves once WebXR (real, or the emulator being installed asynchronously) can run AR;
 * rejects with a reason after `timeoutMs`.
 */
export function whenArReady(timeoutMs = 15_000): Promise<void> {
  const supported = async () => {
    const nx = (navigator as Navigator & { xr?: XRSystem }).xr;
    return !!nx && (await nx.isSessionSupported('immersive-ar').catch(() => false));
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = async () => {
      if (await supported()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error('immersive-ar is not supported here'));
      setTimeout(poll, 100);
    };
    void poll();
  });
}
