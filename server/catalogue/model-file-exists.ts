import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../app/app-root';

const BUNDLED = path.join(APP_ROOT, 'assets/models');

/**
 * Whether the file a product's model URL names is there. `/models/…` are the files shipped in
 * `assets/models` (served by static-files.ts), looked up on disk; any other URL was written by the
 * model pipeline after it stored the file (`/files/<content key>` or the bucket's), so it is taken
 * as there. Products imported before they had a model were once given `/models/<id>.glb`: this is
 * how those paths, pointing at nothing, are recognised and never served.
 *
 * @example modelFileExists('/models/sofa-oslo-3.glb') // true
 * @example modelFileExists('/models/imported-lamp.glb') // false
 */
export function modelFileExists(url: string): boolean {
  if (!url.startsWith('/models/')) return true;
  let relative: string;
  try {
    relative = decodeURIComponent(url.slice('/models/'.length).split(/[?#]/)[0]!);
  } catch {
    return false;
  }
  const file = path.resolve(BUNDLED, relative);
  if (!file.startsWith(BUNDLED + path.sep)) return false;
  return fs.existsSync(file);
}
