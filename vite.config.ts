import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitrinePwa } from './client/src/pwa/pwa-plugin';

const api = process.env.VITRINE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react(), vitrinePwa()], // [store & app] installable app: manifest, icons, service worker
  resolve: {
    // One three.js for the app, drei, the XR emulator and the loaders: two copies break instanceof checks.
    dedupe: ['three', 'react', 'react-dom'],
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // shared/ declares zod schemas at module level next to pure helpers (formatMoney, sameFulfilment);
      // the client imports only the helpers and types, so schema construction must not drag zod in.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        // three's build in a chunk of its own, cached across the store, AR and VR pages. Only the build:
        // the product viewer imports `three/src/*` modules one by one (client/src/scene/lite/three.ts)
        // and the meshopt decoder, so its download never grows with what other 3D pages use from three.
        codeSplitting: { groups: [{ name: 'three', test: /node_modules[\\/]three[\\/]build[\\/]/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/models': api,
      '/posters': api,
      '/env': api,
      '/xr-profiles': api,
      '/matchmake': { target: api, ws: true },
    },
  },
  preview: { port: 4173 },
});
