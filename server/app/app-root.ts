import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the app's package.json, where `assets/`, the built client (`dist/`) and
 * `node_modules/` live. Found by walking up from this code, so it is the same whether the server
 * runs from its TypeScript sources (`server/app/`) or from the build (`dist-server/`), and
 * whatever the working directory.
 *
 * @example path.join(APP_ROOT, 'assets/seed') // '<checkout>/assets/seed'
 */
export const APP_ROOT = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));

function findAppRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
