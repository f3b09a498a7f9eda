/** Debian's Chromium: npm cannot download a browser on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What every browser test, offline render and benchmark here runs Chromium with: software WebGL
 * (SwiftShader, allowed despite the GPU blocklist) and no background traffic.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Chromium's own WebXR off, so that @react-three/xr's emulator (IWER) installs itself. */
export const WITHOUT_NATIVE_WEBXR = '--disable-blink-features=WebXR';
