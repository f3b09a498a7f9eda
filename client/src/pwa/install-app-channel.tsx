import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './register-service-worker';
import { installOfflineCart } from './offline-cart';
import { OfflineBanner } from './OfflineBanner';

/**
 * The app channel, installed once at start-up (one import in main.tsx): the service worker that makes
 * the storefront installable and readable offline, the offline cart queue, and its banner (a small
 * root of its own, so no page or layout has to host it).
 */
export function installAppChannel(): void {
  registerServiceWorker();
  installOfflineCart();
  const host = document.createElement('div');
  host.id = 'app-channel';
  document.body.appendChild(host);
  createRoot(host).render(<OfflineBanner />);
}
