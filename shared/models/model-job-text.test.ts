import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema } from '../i18n-text';
import { MODEL_JOB_FAILURES, MODEL_JOB_NOTES, MODEL_JOB_STEPS } from './model-job-text';

/** Sample parameters for every failure: a new failure without a sample fails the test below. */
const SAMPLES: { [K in keyof typeof MODEL_JOB_FAILURES]: Parameters<(typeof MODEL_JOB_FAILURES)[K]>[0] } = {
  productMissing: { productId: 'chair' },
  productGone: { productId: 'chair' },
  variantGone: { variantId: 'oak' },
  uploadGone: undefined as never,
  notGlb: undefined as never,
  notZip: undefined as never,
  zipDamaged: { detail: 'invalid zip data' },
  zipModelCount: { gltf: 2, glb: 0 },
  zipTooManyEntries: { entries: 5000, max: 1000 },
  zipPathOutside: { name: '../evil' },
  zipEntryBomb: { name: 'big.bin', ratio: 900, max: 100 },
  zipTooLarge: { bytes: 600 * 1024 * 1024, maxBytes: 512 * 1024 * 1024 },
  zipBomb: { ratio: 900, max: 100 },
  gltfNotJson: { name: 'chair.gltf', detail: 'Unexpected token' },
  gltfBadUri: { name: 'chair.gltf', uri: '%E0' },
  gltfOutside: { name: 'chair.gltf', uri: '../secret.bin' },
  gltfMissingFile: { name: 'chair.gltf', uri: 'chair.bin' },
  unreadable: { detail: 'bad header' },
  invalidGltf: { count: 3, detail: 'ACCESSOR_MIN_MISMATCH' },
  validatorIssue: { code: 'GLB_INVALID_VERSION', detail: 'Invalid GLB version value 2.', pointer: '/meshes/0' },
  noMesh: undefined as never,
  badTexture: { name: 'grain.png' },
  flat: undefined as never,
  sizeMismatch: { problems: [MODEL_JOB_NOTES.dimensionOff({ dimension: 'h', actualM: 1.1, declaredM: 0.8 })] },
  tooManyTriangles: { trianglesIn: 900000, max: 50000, triangles: 60000 },
  tooLarge: { bytes: 3 * 1024 * 1024, maxBytes: 2 * 1024 * 1024 },
  outOfMemory: undefined as never,
  processing: { detail: 'worker crashed' },
};

describe('model job texts', () => {
  it.each(Object.keys(MODEL_JOB_FAILURES) as (keyof typeof MODEL_JOB_FAILURES)[])('failure %s is written in French and in English', (code) => {
    const text = (MODEL_JOB_FAILURES[code] as (p: unknown) => unknown)(SAMPLES[code]);
    const parsed = LocalizedTextSchema.parse(text);
    expect(parsed.fr).not.toBe(parsed.en);
    expect(parsed.fr).not.toMatch(/undefined|NaN|\[object/);
    expect(parsed.en).not.toMatch(/undefined|NaN|\[object/);
  });

  it('every step is written in French and in English', () => {
    for (const text of Object.values(MODEL_JOB_STEPS)) {
      const parsed = LocalizedTextSchema.parse(text);
      expect(parsed.fr).not.toBe(parsed.en);
    }
  });

  it('writes numbers the French way on French screens', () => {
    const off = MODEL_JOB_NOTES.dimensionOff({ dimension: 'h', actualM: 0.95, declaredM: 0.8 });
    expect(off.en).toBe('height is 95.0 cm where the product says 80.0 cm (+15.0 cm, 19 %)');
    expect(off.fr).toBe('la hauteur mesure 95,0 cm alors que le produit indique 80,0 cm (+15,0 cm, 19 %)');
    expect(MODEL_JOB_NOTES.scaled({ unit: 'centimetres', scale: 0.01 }).fr).toBe("Le modèle était en centimètres : mis à l'échelle 0,01 pour passer en mètres.");
  });
});
