import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/chromium-flags';

/**
 * Headless Debian Chromium for offline renders (posters, environment bake).
 * @example const browser = await launchChromium(); ...; await browser.close();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/** The import map every render page uses, so pages import 'three' like app code does. */
export const THREE_MOUNTS = {
  '/three/': 'node_modules/three/',
  '/meshoptimizer/': 'node_modules/meshoptimizer/',
};
