import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ProductSchema, type Product } from '../../../shared/catalogue/product';

export const ASSETS_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const MODELS_DIR = `${ASSETS_DIR}models/`;
export const POSTERS_DIR = `${ASSETS_DIR}posters/`;
export const ENV_DIR = `${ASSETS_DIR}env/`;

/**
 * The seed catalogue, validated: the models are generated from the same dimensions the
 * store sells, so a catalogue edit is caught by the budget test until models are regenerated.
 *
 * @example loadCatalogue().find((p) => p.id === 'sofa-oslo-3')?.dimensionsM // {w: 2.14, ...}
 */
export function loadCatalogue(): Product[] {
  const raw: unknown = JSON.parse(readFileSync(`${ASSETS_DIR}seed/catalogue.json`, 'utf8'));
  return z.array(ProductSchema).parse(raw);
}
