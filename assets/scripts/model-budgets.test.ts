import { existsSync, readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeIO } from '@gltf-transform/core';
import { ENV_DIR, loadCatalogue, MODELS_DIR, POSTERS_DIR } from './lib/catalogue';
import { createIO } from './pipeline/gltf-io';
import { BUDGETS, checkModel, measure, type ModelStats } from './pipeline/model-check';

const products = loadCatalogue();
let io: NodeIO;
beforeAll(async () => {
  io = await createIO();
});

describe('every catalogue product has its 3D files within budget', () => {
  it.each(products.map((p) => [p.id, p] as const))('%s', async (id, product) => {
    const glbPath = `${MODELS_DIR}${id}.glb`;
    const usdzPath = `${MODELS_DIR}${id}.usdz`;
    expect(existsSync(glbPath), `${glbPath} is missing: run npm run assets:models`).toBe(true);
    expect(existsSync(usdzPath), `${usdzPath} is missing: run npm run assets:models`).toBe(true);
    expect(statSync(glbPath).size).toBeLessThanOrEqual(BUDGETS.glbBytes);

    const stats = measure(await io.read(glbPath));
    expect(checkModel(stats, product)).toEqual([]);

    // USDZ is a stored zip whose first file is the USDA text: metres, Y up.
    const usdz = readFileSync(usdzPath);
    expect(usdz.subarray(0, 2).toString('latin1')).toBe('PK');
    const head = usdz.subarray(0, 4096).toString('latin1');
    expect(head).toContain('metersPerUnit = 1');
    expect(head).toContain('upAxis = "Y"');

    expect(existsSync(`${POSTERS_DIR}${id}.webp`), `poster for ${id} is missing: run npm run assets:posters`).toBe(true);
  });

  it('ships the prefiltered studio environment', () => {
    expect(statSync(`${ENV_DIR}studio-pmrem.bin`).size).toBeGreaterThan(10_000);
  });
});

describe('the model check catches what the budget forbids', () => {
  const product = products[0];
  if (!product) throw new Error('the catalogue has no products');
  const good: ModelStats = {
    triangles: 1000,
    min: [-product.dimensionsM.w / 2, 0, -product.dimensionsM.d / 2],
    max: [product.dimensionsM.w / 2, product.dimensionsM.h, product.dimensionsM.d / 2],
    size: [product.dimensionsM.w, product.dimensionsM.h, product.dimensionsM.d],
    variants: product.variants.map((v) => v.id),
    materials: ['fabric'],
  };

  it('accepts a model that matches', () => {
    expect(checkModel(good, product)).toEqual([]);
  });

  it('rejects a catalogue height changed by 2 cm', () => {
    const changed = { ...product, dimensionsM: { ...product.dimensionsM, h: product.dimensionsM.h + 0.02 } };
    expect(checkModel(good, changed)).toEqual([expect.stringMatching(/^h is/)]);
  });

  it('rejects a floating model, too many triangles and missing variants', () => {
    const bad = { ...good, min: [good.min[0], 0.05, good.min[2]] as [number, number, number], triangles: 60_000, variants: [] };
    expect(checkModel(bad, product)).toHaveLength(3);
  });
});
