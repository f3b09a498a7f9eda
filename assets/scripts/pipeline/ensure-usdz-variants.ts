import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Product, Variant } from '../../../shared/catalogue/product';
import { USDZ_VARIANTS_FOLDER, usdzVariantFileName } from '../../../shared/catalogue/usdz-url';
import { MODELS_DIR } from '../lib/catalogue';

/** Where the non-default variants' USDZ files go: a build output, git-ignored, served at /models/variants/. */
export const VARIANTS_DIR = `${MODELS_DIR}${USDZ_VARIANTS_FOLDER}/`;
/** Per product, the hash of the inputs its files were made from (hidden: static servers skip dotfiles). */
const STAMP = `${VARIANTS_DIR}.inputs.json`;
const SCRIPTS_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The code a model depends on; the rest of assets/scripts (posters, environment, tests) does not change one. */
const MODEL_CODE = ['geometry', 'lib', 'materials', 'models', 'pipeline'];

export interface VariantUsdz {
  product: Product;
  variant: Variant;
  /** Absolute path of the file. */
  path: string;
}

export interface EnsureResult {
  /** Paths written by this call. */
  written: string[];
  /** Files already up to date. */
  kept: number;
  /** Stray files removed (variants no longer in the catalogue). */
  removed: number;
  ms: number;
}

/**
 * Every non-default variant of every product, and the file that shows it in AR Quick Look.
 * @example variantUsdzFiles(catalogue).length // 41
 */
export function variantUsdzFiles(products: Product[]): VariantUsdz[] {
  return products.flatMap((product) =>
    product.variants.slice(1).map((variant) => ({ product, variant, path: VARIANTS_DIR + usdzVariantFileName(product.id, variant.id) })),
  );
}

/**
 * Makes `assets/models/variants/<id>--<variant>.usdz` exist and match the catalogue and the
 * generator code: products whose files are missing, or were made from other inputs, are
 * rebuilt (one model build per product, one USDZ export per variant); the others cost one hash.
 * Given the whole catalogue, files of variants that no longer exist are removed.
 *
 * @example await ensureUsdzVariants(loadCatalogue()) // {written: [...], kept: 0, removed: 0, ms: 1400}
 */
export async function ensureUsdzVariants(products: Product[], opts: { force?: boolean; wholeCatalogue?: boolean } = {}): Promise<EnsureResult> {
  const started = performance.now();
  mkdirSync(VARIANTS_DIR, { recursive: true });
  const stamp = readStamp();
  const code = modelCodeHash();
  const files = variantUsdzFiles(products);
  const stale = products
    .map((product) => [product, files.filter((f) => f.product === product)] as const)
    .filter(([product, list]) => list.length > 0 && (opts.force || stamp[product.id] !== inputsHash(code, product) || list.some((f) => !existsSync(f.path))));

  const written: string[] = [];
  if (stale.length > 0) {
    // The model code (three, builders, textures) loads only when something is to be built.
    const { buildMergedModel } = await import('./build-merged-model');
    const { exportUsdz } = await import('./export-usdz');
    const { withVariantColour } = await import('./with-variant-colour');
    for (const [product, list] of stale) {
      const { merged, variantMaterial } = buildMergedModel(product);
      if (!variantMaterial) throw new Error(`${product.id}: has variants but its builder names no variantMaterial`);
      for (const f of list) {
        writeAtomically(f.path, await exportUsdz(withVariantColour(merged, variantMaterial, f.variant.swatch), product));
        written.push(f.path);
      }
      stamp[product.id] = inputsHash(code, product);
    }
  }

  let removed = 0;
  if (opts.wholeCatalogue) {
    const wanted = new Set(files.map((f) => f.path));
    for (const name of readdirSync(VARIANTS_DIR)) {
      if (!name.endsWith('.usdz') || wanted.has(VARIANTS_DIR + name)) continue;
      rmSync(VARIANTS_DIR + name);
      removed++;
    }
    const ids = new Set(products.map((p) => p.id));
    for (const id of Object.keys(stamp)) if (!ids.has(id)) delete stamp[id];
  }
  if (written.length > 0 || removed > 0) writeAtomically(STAMP, `${JSON.stringify(stamp, Object.keys(stamp).sort(), 1)}\n`);
  return { written, kept: files.length - written.length, removed, ms: performance.now() - started };
}

function readStamp(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function inputsHash(code: string, product: Product): string {
  return createHash('sha256').update(code).update(JSON.stringify(product)).digest('hex').slice(0, 16);
}

/** Hash of the model code and of three's version (the exporter's output depends on both). */
function modelCodeHash(): string {
  const hash = createHash('sha256');
  // three's exports map hides its package.json from require: read it beside the resolved entry.
  const threePackage = join(dirname(createRequire(import.meta.url).resolve('three')), '../package.json');
  hash.update(`three ${(JSON.parse(readFileSync(threePackage, 'utf8')) as { version: string }).version}\n`);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) hash.update(`${path.slice(SCRIPTS_DIR.length)}\n`).update(readFileSync(path));
    }
  };
  for (const dir of MODEL_CODE) walk(SCRIPTS_DIR + dir);
  return hash.digest('hex');
}

/** Readers (the server, a parallel test) never see half a file. */
function writeAtomically(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
