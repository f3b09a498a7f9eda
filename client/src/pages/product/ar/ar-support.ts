export type ArSupport =
  | { kind: 'checking' }
  /** iPhone / iPad: Quick Look opens the USDZ. */
  | { kind: 'quicklook' }
  /** WebXR immersive-ar (Android Chrome, headsets). `emulated`: IWER on a developer's localhost. */
  | { kind: 'webxr'; emulated: boolean }
  | { kind: 'none'; reason: 'insecure' | 'no-webxr' | 'no-ar' | 'camera' };

/**
 * Which "view in your room" this device offers, and why not when it offers none.
 * @example const s = await detectArSupport(); if (s.kind === 'none') say(s.reason)
 */
export async function detectArSupport(): Promise<ArSupport> {
  if (document.createElement('a').relList?.supports?.('ar')) return { kind: 'quicklook' };
  // @react-three/xr installs its emulator on localhost when the browser has no WebXR of its own.
  const emulatable = location.hostname === 'localhost';
  if (!window.isSecureContext && !emulatable) return { kind: 'none', reason: 'insecure' };
  const xr = (navigator as Navigator & { xr?: { isSessionSupported(mode: string): Promise<boolean> } }).xr;
  if (!xr) return emulatable ? { kind: 'webxr', emulated: true } : { kind: 'none', reason: 'no-webxr' };
  const ok = await xr.isSessionSupported('immersive-ar').catch(() => false);
  if (!ok) return emulatable ? { kind: 'webxr', emulated: true } : { kind: 'none', reason: 'no-ar' };
  if (await cameraDenied()) return { kind: 'none', reason: 'camera' };
  return { kind: 'webxr', emulated: false };
}

async function cameraDenied(): Promise<boolean> {
  try {
    const status = await navigator.permissions?.query({ name: 'camera' as PermissionName });
    return status?.state === 'denied';
  } catch {
    return false;
  }
}
