/**
 * `npm run bench:models`: one generated heavy model (about 500,000 triangles, a 4096 px base
 * colour texture) through our upload pipeline (`buildModelFiles`) and through
 * `gltf-transform optimize` (@gltf-transform/cli) on the same input, in the same run: time, output
 * size and triangles; then both outputs rendered in Chromium with the same camera and lights, and
 * the share of pixels that differ. Fails (exit 1) when our GLB is larger or when more than
 * MAX_DIFFERING of the pixels differ (by more than CHANNEL_TOLERANCE in a channel).
 * The renders are kept next to the run's output folder (`bench-models-*`) to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/functions';
import sharp from 'sharp';
import { buildModelFiles } from '../../server/models/build-model-files';
import { countTriangles } from '../../server/models/count-triangles';
import { modelIo } from '../../server/models/model-io';
import { CHANNEL_TOLERANCE, compareRenders } from './compare-renders';

/** At most this share of the pixels may differ between our render and the CLI's. */
const MAX_DIFFERING = 0.02;

const SEGMENTS = Number(process.env.BENCH_SEGMENTS ?? 500); // 2 x 500 x 500 = 500,000 triangles
const TEXTURE_PX = 4096;

/** A bumpy ottoman (a displaced sphere, about 0.8 m across and 0.5 m high) with a patterned texture. */
async function heavyModel(): Promise<{ glb: Uint8Array; dims: { w: number; h: number; d: number } }> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const n = SEGMENTS;
  const pos = new Float32Array((n + 1) * (n + 1) * 3);
  const uv = new Float32Array((n + 1) * (n + 1) * 2);
  for (let j = 0; j <= n; j++)
    for (let i = 0; i <= n; i++) {
      const th = (j / n) * Math.PI, ph = (i / n) * 2 * Math.PI;
      const r = 1 + 0.03 * Math.sin(ph * 24) * Math.sin(th * 18) + 0.01 * Math.sin(ph * 97 + th * 61);
      const k = j * (n + 1) + i;
      pos.set([0.4 * r * Math.sin(th) * Math.cos(ph), 0.25 * r * Math.cos(th), 0.4 * r * Math.sin(th) * Math.sin(ph)], k * 3);
      uv.set([i / n, j / n], k * 2);
    }
  const idx = new Uint32Array(n * n * 6);
  let o = 0;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
      idx.set([a, c, b, b, c, d], o);
      o += 6;
    }
  const raw = Buffer.alloc(TEXTURE_PX * TEXTURE_PX * 3);
  for (let y = 0; y < TEXTURE_PX; y++)
    for (let x = 0; x < TEXTURE_PX; x++) {
      const k = (y * TEXTURE_PX + x) * 3;
      const weave = ((x >> 3) + (y >> 3)) % 2 ? 18 : 0;
      const grain = ((x * 73856093) ^ (y * 19349663)) & 15;
      raw[k] = 120 + weave + grain; raw[k + 1] = 96 + weave + grain; raw[k + 2] = 80 + (grain >> 1);
    }
  const png = await sharp(raw, { raw: { width: TEXTURE_PX, height: TEXTURE_PX, channels: 3 } }).png().toBuffer();
  const material = doc.createMaterial('fabric').setBaseColorTexture(doc.createTexture('weave').setImage(new Uint8Array(png)).setMimeType('image/png')).setRoughnessFactor(0.9);
  const prim = doc.createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uv).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(idx).setBuffer(buffer))
    .setMaterial(material);
  const scene = doc.createScene();
  scene.addChild(doc.createNode('ottoman').setTranslation([0, 0.25, 0]).setMesh(doc.createMesh('ottoman').addPrimitive(prim)));
  const io = await modelIo();
  const glb = await io.writeBinary(doc);
  const { min, max } = getBounds(scene);
  return { glb, dims: { w: max[0] - min[0], h: max[1] - min[1], d: max[2] - min[2] } };
}

async function trianglesOf(glb: Uint8Array): Promise<number> {
  return countTriangles(await (await modelIo()).readBinary(glb));
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-models-'));
const input = await heavyModel();
const inPath = path.join(dir, 'in.glb');
fs.writeFileSync(inPath, input.glb);
console.log(`input: ${await trianglesOf(input.glb)} triangles, ${TEXTURE_PX} px texture, ${kib(input.glb.byteLength)}`);

let t0 = performance.now();
const ours = await buildModelFiles(input.glb, 'model/gltf-binary', { id: 'bench-ottoman', dimensionsM: input.dims, placement: 'floor' });
const oursMs = performance.now() - t0;

const outPath = path.join(dir, 'cli.glb');
const cli = path.resolve('node_modules/.bin/gltf-transform');
t0 = performance.now();
execFileSync(cli, ['optimize', inPath, outPath, '--compress', 'meshopt', '--texture-compress', 'webp', '--texture-size', '2048'], { stdio: 'ignore' });
const cliMs = performance.now() - t0;
const cliGlb = new Uint8Array(fs.readFileSync(outPath));

const rows = [
  { pipeline: 'ours (buildModelFiles: GLB + USDZ + poster)', ms: oursMs, bytes: ours.glb.byteLength, triangles: await trianglesOf(ours.glb) },
  { pipeline: 'gltf-transform optimize (meshopt, webp, 2048)', ms: cliMs, bytes: cliGlb.byteLength, triangles: await trianglesOf(cliGlb) },
];
console.log('| pipeline | time s | GLB | triangles |\n|---|--:|--:|--:|');
for (const r of rows) console.log(`| ${r.pipeline} | ${(r.ms / 1000).toFixed(1)} | ${kib(r.bytes)} | ${r.triangles} |`);
console.log(`ours also wrote a ${kib(ours.usdz.byteLength)} USDZ and a ${kib(ours.poster.byteLength)} poster; report: ${JSON.stringify(ours.report)}`);

const seen = await compareRenders([ours.glb, cliGlb]);
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-models-renders-'));
for (const [i, png] of seen.pngs.entries()) fs.writeFileSync(path.join(shots, i === 0 ? 'ours.png' : 'gltf-transform.png'), png);
console.log(`renders in Chromium, 512 x 512: ${(seen.differing * 100).toFixed(2)} % of pixels differ by more than ${CHANNEL_TOLERANCE}/255 in a channel (allowed ${(MAX_DIFFERING * 100).toFixed(0)} %); images in ${shots}`);
fs.rmSync(dir, { recursive: true, force: true });
if (!rows[0] || !rows[1] || rows[0].bytes > rows[1].bytes) {
  console.error('our GLB is larger than gltf-transform optimize\'s');
  process.exit(1);
}
if (seen.differing > MAX_DIFFERING) {
  console.error('our model does not look like the one gltf-transform optimize makes');
  process.exit(1);
}
