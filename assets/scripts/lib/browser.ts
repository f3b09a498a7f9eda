import { chromium, type Browser } from '@playwright/test';

/** Flags from the field notes: software WebGL (SwiftShader) and no background traffic. */
const ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Headless Debian Chromium for offline renders (posters, environment bake).
 * @example const browser = await launchChromium(); ...; await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS, headless: true });
}

/** The import map every render page uses, so pages import 'three' like app code does. */
export const THREE_MOUNTS = {
  '/three/': 'node_modules/three/',
  '/meshoptimizer/': 'node_modules/meshoptimizer/',
};
