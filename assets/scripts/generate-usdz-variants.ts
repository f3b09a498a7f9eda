/**
 * Writes assets/models/variants/<id>--<variant>.usdz, the AR Quick Look file of every
 * non-default variant (the default one is the committed <id>.usdz). Part of `npm run build`:
 * the files are not in git, and only what is missing or out of date is rebuilt.
 *
 * @example npm run assets:usdz-variants                                  # what is missing or stale
 * @example npx tsx assets/scripts/generate-usdz-variants.ts --force sofa-oslo-3
 */
import { loadCatalogue } from './lib/catalogue';
import { ensureUsdzVariants } from './pipeline/ensure-usdz-variants';

const args = process.argv.slice(2);
const only = new Set(args.filter((a) => !a.startsWith('--')));
const products = loadCatalogue().filter((p) => only.size === 0 || only.has(p.id));
if (only.size > 0 && products.length !== only.size) throw new Error(`unknown product id among: ${[...only].join(', ')}`);

const r = await ensureUsdzVariants(products, { force: args.includes('--force'), wholeCatalogue: only.size === 0 });
const removed = r.removed > 0 ? `, ${r.removed} stale removed` : '';
console.log(`usdz variants: ${r.written.length} written, ${r.kept} up to date${removed} (${(r.ms / 1000).toFixed(1)} s)`);
