import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon } from './draw-icon';
import { encodePng } from './png';

/** The PWA's icons, written into client/public. Run: `npx tsx client/src/pwa/icons/make-icons.ts`. */
export const ICONS = [
  { file: 'pwa-192.png', size: 192 },
  { file: 'pwa-512.png', size: 512 },
  { file: 'pwa-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
  { file: 'favicon-48.png', size: 48 },
] as const;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');
  fs.mkdirSync(out, { recursive: true });
  for (const icon of ICONS) {
    const png = encodePng(icon.size, icon.size, drawIcon({ size: icon.size, maskable: 'maskable' in icon && icon.maskable }));
    fs.writeFileSync(path.join(out, icon.file), png);
    console.log(`${icon.file} ${icon.size}×${icon.size} ${png.length} bytes`);
  }
}
