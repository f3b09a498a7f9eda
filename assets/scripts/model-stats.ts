/**
 * Prints a markdown table of the generated models (file sizes, triangles, materials) and the
 * min / median / max, and the per-variant USDZ files (built first if missing), as pasted into
 * assets/README.md.
 *
 * @example npx tsx assets/scripts/model-stats.ts
 */
import { statSync } from 'node:fs';
import { loadCatalogue, MODELS_DIR, POSTERS_DIR } from './lib/catalogue';
import { createIO } from './pipeline/gltf-io';
import { measure } from './pipeline/model-check';
import { ensureUsdzVariants, variantUsdzFiles } from './pipeline/ensure-usdz-variants';

const io = await createIO();
const rows: { id: string; glb: number; usdz: number; poster: number; tris: number; materials: number; variants: number }[] = [];
for (const p of loadCatalogue()) {
  const stats = measure(await io.read(`${MODELS_DIR}${p.id}.glb`));
  rows.push({
    id: p.id,
    glb: statSync(`${MODELS_DIR}${p.id}.glb`).size,
    usdz: statSync(`${MODELS_DIR}${p.id}.usdz`).size,
    poster: statSync(`${POSTERS_DIR}${p.id}.webp`).size,
    tris: stats.triangles,
    materials: stats.materials.length - Math.max(0, stats.variants.length - 1),
    variants: stats.variants.length,
  });
}
const kib = (n: number) => (n / 1024).toFixed(1);
console.log('| product | GLB KiB | USDZ KiB | poster KiB | triangles | materials | variants |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const r of rows) console.log(`| ${r.id} | ${kib(r.glb)} | ${kib(r.usdz)} | ${kib(r.poster)} | ${r.tris} | ${r.materials} | ${r.variants || ''} |`);
const summary = (key: 'glb' | 'usdz' | 'tris', fmt: (n: number) => string) => {
  const v = rows.map((r) => r[key]).sort((a, b) => a - b);
  if (v.length === 0) return 'none';
  // Indices below are in range: v is not empty.
  const median = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  return `${fmt(v[0]!)} / ${fmt(median)} / ${fmt(v[v.length - 1]!)}`;
};
console.log(`\nmin / median / max: GLB ${summary('glb', kib)} KiB, USDZ ${summary('usdz', kib)} KiB, triangles ${summary('tris', String)}`);
const total = (key: 'glb' | 'usdz' | 'poster') => kib(rows.reduce((s, r) => s + r[key], 0));
console.log(`totals: GLB ${total('glb')} KiB, USDZ ${total('usdz')} KiB, posters ${total('poster')} KiB`);

await ensureUsdzVariants(loadCatalogue());
const variants = variantUsdzFiles(loadCatalogue()).map((f) => statSync(f.path).size).sort((a, b) => a - b);
const vTotal = variants.reduce((a, b) => a + b, 0);
const [vMin, vMid, vMax] = [variants[0], variants[Math.floor(variants.length / 2)], variants[variants.length - 1]];
const vRange = vMin === undefined || vMid === undefined || vMax === undefined ? 'none' : `${kib(vMin)} / ${kib(vMid)} / ${kib(vMax)} KiB`;
console.log(`variant USDZ (models/variants/, not in git): ${variants.length} files, ${vRange}, total ${(vTotal / 1048576).toFixed(1)} MiB`);
