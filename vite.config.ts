import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.VITRINE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react()],
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
      output: {
        // three in a chunk of its own, cached across the viewer, the store and the AR page.
        codeSplitting: { groups: [{ name: 'three', test: /node_modules[\\/]three[\\/]/ }] },
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
