/**
 * Registers the service worker built by vite-plugin-pwa (production builds only: in development
 * every request must reach Vite). A new version takes over at once (`clientsClaim`), so a reload
 * after a deployment gets the new shell.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
