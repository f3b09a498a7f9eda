import { VitePWA } from 'vite-plugin-pwa';

/**
 * The storefront as an installable app (build-time config for vite.config.ts): a manifest with the
 * generated icons, and a service worker that precaches the 2D shell, falls back to it for every page
 * offline, keeps the catalogue API (network first) and product posters (cache first), and lets the
 * heavy 3D chunks be cached the first time they are used. Cart changes are never cached: they are
 * queued by the page (client/src/pwa/offline-cart.ts) and sent with idempotency keys.
 */
export function vitrinePwa() {
  return VitePWA({
    registerType: 'autoUpdate',
    // Chunks over the precache limit are expected (3D), not an error.
    showMaximumFileSizeToCacheInBytesWarning: true,
    // Registered by client/src/pwa/register-service-worker.ts (production builds only).
    injectRegister: false,
    includeAssets: ['favicon-48.png', 'apple-touch-icon.png'],
    manifest: {
      id: '/',
      name: 'Vitrine',
      short_name: 'Vitrine',
      description: 'Le mobilier qui se voit chez vous avant d’y entrer : catalogue, réalité augmentée, magasin virtuel, retrait en magasin.',
      lang: 'fr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      background_color: '#faf8f5',
      theme_color: '#1f2a2e',
      categories: ['shopping', 'lifestyle'],
      icons: [
        { src: '/pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/pay\//, /^\/models\//, /^\/posters\//, /^\/env\//, /^\/xr-profiles\//, /^\/matchmake/],
      // The shell and the 2D pages. Larger chunks (three.js, the 3D viewer, XR environments) are left
      // out of the install download and cached the first time a page uses them (runtime rule below).
      globPatterns: ['index.html', 'assets/*.{js,css}', '*.{png,svg,ico,webmanifest}'],
      maximumFileSizeToCacheInBytes: 300 * 1024,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      runtimeCaching: [
        {
          // The catalogue, stores, promotions and last-known stock. (Functions are copied into the worker
          // as source text: everything they use must be written inside them.)
          urlPattern: ({ url }) =>
            url.origin === self.location.origin && /^\/api\/(products(\/[^/]+(\/availability)?)?|locations|promotions)$/.test(url.pathname),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'vitrine-catalogue',
            networkTimeoutSeconds: 4,
            expiration: { maxEntries: 300, maxAgeSeconds: 7 * 86_400 },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/posters/'),
          handler: 'CacheFirst',
          options: { cacheName: 'vitrine-posters', expiration: { maxEntries: 200, maxAgeSeconds: 30 * 86_400 }, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'vitrine-chunks', expiration: { maxEntries: 120, maxAgeSeconds: 60 * 86_400 }, cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}
