/**
 * Generates assets/models/<id>.glb and <id>.usdz for every catalogue product (the USDZ of the
 * other variants is a build output: generate-usdz-variants.ts).
 *
 * @example npm run assets:models                 # everything
 * @example npx tsx assets/scripts/generate-models.ts sofa-oslo-3 chair-mora
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Logger } from '@gltf-transform/core';
import type { Product } from '../../shared/catalogue/product';
import { loadCatalogue, MODELS_DIR } from './lib/catalogue';
import { buildMergedModel } from './pipeline/build-merged-model';
import { toGltfDocument } from './pipeline/to-gltf-document';
import { optimise } from './pipeline/optimise';
import { createIO } from './pipeline/gltf-io';
import { exportUsdz } from './pipeline/export-usdz';

async function generate(product: Product, io: Awaited<ReturnType<typeof createIO>>): Promise<string> {
  const { merged, variantMaterial } = buildMergedModel(product);
  const doc = toGltfDocument(merged, product, variantMaterial);
  // Float uvs outside 0..1 (tiled grain) are expected; quantize says so for every model.
  doc.setLogger(new Logger(Logger.Verbosity.ERROR));
  await optimise(doc);
  const glb = await io.writeBinary(doc);
  writeFileSync(`${MODELS_DIR}${product.id}.glb`, glb);
  const usdz = await exportUsdz(merged, product);
  writeFileSync(`${MODELS_DIR}${product.id}.usdz`, usdz);
  const triangles = merged.children.reduce((n, m) => n + ((m as { geometry?: { index?: { count: number } } }).geometry?.index?.count ?? 0) / 3, 0);
  return `${product.id.padEnd(22)} glb ${(glb.byteLength / 1024).toFixed(1).padStart(6)} KiB  usdz ${(usdz.byteLength / 1024).toFixed(1).padStart(7)} KiB  ${String(triangles).padStart(6)} tris`;
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const products = loadCatalogue().filter((p) => only.size === 0 || only.has(p.id));
  if (only.size > 0 && products.length !== only.size) throw new Error(`unknown product id among: ${[...only].join(', ')}`);
  mkdirSync(MODELS_DIR, { recursive: true });
  const io = await createIO();
  const started = performance.now();
  const failures: string[] = [];
  for (const p of products) {
    try {
      console.log(await generate(p, io));
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  console.log(`${products.length - failures.length} models in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.error(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
