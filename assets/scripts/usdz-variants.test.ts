import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'three/examples/jsm/libs/fflate.module.js';
import type { Product } from '../../shared/catalogue/product';
import { loadCatalogue, MODELS_DIR } from './lib/catalogue';
import { ensureUsdzVariants, variantUsdzFiles } from './pipeline/ensure-usdz-variants';
import { usdzMaterialColour } from './pipeline/usdz-material-colour';

/*
 * The per-variant USDZ files are a build output (not in git): generate what is missing or out
 * of date first, so this runs from a fresh clone too (about 1.5 s then, a hash check after).
 */
const catalogue = loadCatalogue();
const withVariants = catalogue.filter((p) => p.variants.length > 1);
const files = variantUsdzFiles(catalogue);
beforeAll(async () => {
  await ensureUsdzVariants(catalogue);
}, 60_000);

/** Largest per-channel gap, in 8-bit sRGB steps, between a linear colour and a CSS hex swatch. */
function stepsFromSwatch(linear: [number, number, number], swatch: string): number {
  const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055) * 255;
  const want = [1, 3, 5].map((i) => parseInt(swatch.slice(i, i + 2), 16));
  return Math.max(...linear.map((c, i) => Math.abs(toSrgb(c) - want[i]!)));
}

/** The material the variants recolour, from the GLB's scene extras (JSON chunk, no decoding). */
function variantMaterial(product: Product): string {
  const glb = readFileSync(`${MODELS_DIR}${product.id}.glb`);
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'));
  return json.scenes[0].extras.variantMaterial;
}

const STEPS = 1;

describe('AR Quick Look shows the variant the customer chose', () => {
  it('has a file for every non-default variant of every product', () => {
    expect(files.length).toBe(withVariants.reduce((n, p) => n + p.variants.length - 1, 0));
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [`${f.product.id} ${f.variant.id}`, f] as const))('%s: variant colour, same model as the default', (_, f) => {
    const usdz = readFileSync(f.path);
    const head = usdz.subarray(0, 4096).toString('latin1');
    expect(usdz.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(head).toContain('metersPerUnit = 1');
    expect(head).toContain('upAxis = "Y"');
    expect(head).toContain(`planeAnchoring:alignment = "${f.product.placement === 'wall' ? 'vertical' : 'horizontal'}"`);

    const colour = usdzMaterialColour(usdz, variantMaterial(f.product));
    expect(colour, 'variant material found in model.usda').not.toBeNull();
    expect(stepsFromSwatch(colour!, f.variant.swatch), `${f.variant.id} colour vs swatch ${f.variant.swatch}`).toBeLessThanOrEqual(STEPS);

    // Geometry and textures are the default file's, byte for byte: only the material differs.
    const own = unzipSync(usdz);
    const base = unzipSync(readFileSync(`${MODELS_DIR}${f.product.id}.usdz`));
    expect(Object.keys(own)).toEqual(Object.keys(base));
    for (const name of Object.keys(base).filter((n) => n !== 'model.usda')) {
      const ownFile = own[name];
      expect(ownFile, name).toBeDefined();
      expect(Buffer.compare(ownFile!, base[name]!), name).toBe(0);
    }
  });

  it.each(withVariants.map((p) => [p.id, p] as const))('%s: the default <id>.usdz shows the default variant', (_, product) => {
    const colour = usdzMaterialColour(readFileSync(`${MODELS_DIR}${product.id}.usdz`), variantMaterial(product));
    expect(colour).not.toBeNull();
    expect(stepsFromSwatch(colour!, product.variants[0]!.swatch)).toBeLessThanOrEqual(STEPS);
  });

  it('the colour check tells variants apart (sofa-oslo-3 sand is not bleu nuit)', () => {
    const oslo = catalogue.find((p) => p.id === 'sofa-oslo-3')!;
    const sand = usdzMaterialColour(readFileSync(`${MODELS_DIR}sofa-oslo-3.usdz`), 'fabric')!;
    expect(stepsFromSwatch(sand, oslo.variants.find((v) => v.id === 'bleu-nuit')!.swatch)).toBeGreaterThan(50);
    expect(usdzMaterialColour(readFileSync(`${MODELS_DIR}sofa-oslo-3.usdz`), 'no-such-material')).toBeNull();
  });
});
