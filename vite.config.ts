import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { vitrinePwa } from './client/src/pwa/pwa-plugin';
import { reactIslands } from './client/src/islands/react-islands-plugin';

const here = (p: string) => fileURLToPath(new URL(`./${p}`, import.meta.url));
// shared/ declares zod schemas at module level next to pure helpers (formatMoney, sameFulfilment);
// schema building is pure, so a client that imports only the helpers does not pull zod in. Named member by member: a bare 'z'
// would also mark any minified library function called `z` as pure (Preact's diff is one).
const ZOD_BUILDERS = ['string', 'object', 'number', 'literal', 'array', 'enum', 'discriminatedUnion', 'boolean', 'unknown', 'union', 'record', 'int', 'coerce', 'lazy', 'tuple', 'null', 'any'].map((f) => `z.${f}`);
const api = process.env.VITRINE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [
    // The 2D app on Preact, the 3D views as React islands (production build only; see the plugin).
    reactIslands({ srcDir: here('client/src'), reactOnly: [here('client/src/scene'), here('client/src/xr')], roots: ['pages/store/StoreView.tsx', 'pages/advisor/AdvisorStoreView.tsx', 'pages/admin/layout/LayoutPreview.tsx', 'xr/ar/ArExperience.tsx'].map((f) => here(`client/src/${f}`)) }),
    react(),
    vitrinePwa(), // [store & app] installable app: manifest, icons, service worker
  ],
  resolve: {
    // One three.js for the app, the XR emulator and the loaders: two copies break instanceof checks.
    dedupe: ['three', 'react', 'react-dom'],
  },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ZOD_BUILDERS },
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
