import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(`./${p}`, import.meta.url));

/**
 * The server compiled to plain JavaScript in `dist-server/`, so production runs `node` with no
 * TypeScript loader. Packages stay imports from node_modules (only what the server imports at run
 * time is a dependency); our own code, `shared/` included, is bundled. Every chunk lands beside
 * the entries, so code that finds files next to itself (`import.meta.url`) finds them in one place.
 *
 * @example npx vite build --config vite.server.config.ts   # part of `npm run build`
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [copyMigrations()],
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    // Stack traces name the TypeScript sources (node --enable-source-maps, as npm start runs it).
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: {
        main: here('server/main.ts'),
        'start-cluster': here('server/cluster/start-cluster.ts'),
        // Loaded by server/models/run-model-worker.ts in a worker thread.
        'model-worker': here('server/models/model-worker.ts'),
        'backup-cli': here('server/backup/backup-cli.ts'),
        'restore-cli': here('server/backup/restore-cli.ts'),
      },
      // Every bare import (packages, node: built-ins) is loaded from node_modules at run time.
      external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/** server/db/database.ts applies the SQL migrations found beside its own code: `dist-server/migrations` once built. */
function copyMigrations(): Plugin {
  return {
    name: 'vitrine-copy-migrations',
    apply: 'build',
    closeBundle() {
      fs.cpSync(here('server/db/migrations'), here('dist-server/migrations'), { recursive: true });
    },
  };
}
