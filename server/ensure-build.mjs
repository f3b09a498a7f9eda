// Runs before `npm start` (and the other commands that run the compiled server from dist-server/).
// In a checkout with the build tools (the dev dependencies), it builds, so what starts is what the
// sources say. In a production install (`npm ci --omit=dev`) there is nothing to build with: it
// checks that a build is there. With --if-missing it builds only when there is no build yet
// (for commands run beside a running server, which must not have its files rebuilt under it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = ['dist-server/main.js', 'dist/index.html'].every((f) => fs.existsSync(path.join(root, f)));
const canBuild = fs.existsSync(path.join(root, 'node_modules/vite/package.json'));

if (canBuild && !(built && process.argv.includes('--if-missing'))) {
  const npm = process.env.npm_execpath;
  const r = npm
    ? spawnSync(process.execPath, [npm, 'run', '-s', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
if (!built) {
  console.error('There is no build to run (dist-server/ and dist/), and the build tools are not installed: run `npm ci` then `npm run build` first (a production install can then drop them with `npm ci --omit=dev`).');
  process.exit(1);
}
