import type { Dimensions } from '../catalogue/product';
import type { LocalizedText } from '../i18n-text';
import { MODEL_JOB_NOTES } from './model-job-text';

/** Axis-aligned size of a model as found in its file, in its own units and axes. */
export interface ModelSize {
  x: number;
  y: number;
  z: number;
}

export const UNIT_SLIPS = [
  { unit: 'metres', scale: 1 },
  { unit: 'centimetres', scale: 0.01 },
  { unit: 'millimetres', scale: 0.001 },
  { unit: 'inches', scale: 0.0254 },
] as const;
export type ModelUnit = (typeof UNIT_SLIPS)[number]['unit'];

export type UpAxis = 'y' | 'z';

export type Fit =
  | { ok: true; unit: ModelUnit; scale: number; upAxis: UpAxis; size: Dimensions; notes: LocalizedText[] }
  | { ok: false; problems: LocalizedText[] };

/** A dimension matches when it is within 1 cm or within 2 % of the declared one. */
export function withinTolerance(actual: number, declared: number): boolean {
  const off = Math.abs(actual - declared);
  return off <= 0.01 + 1e-9 || off <= 0.02 * declared + 1e-9;
}

/** The model's width, height and depth once read with `upAxis` (Z-up: the file's z is the height). */
function asDimensions(s: ModelSize, upAxis: UpAxis, scale: number): Dimensions {
  return upAxis === 'y' ? { w: s.x * scale, h: s.y * scale, d: s.z * scale } : { w: s.x * scale, h: s.z * scale, d: s.y * scale };
}

/**
 * Decides how to read an uploaded model so it matches the product's declared size: metres and
 * Y up as glTF says, or an obvious slip (centimetres, millimetres, inches, a Z-up CAD export),
 * which is corrected and noted. Anything else is refused with the dimensions that are off.
 *
 * @example fitToDimensions({x: 45, y: 80, z: 50}, {w: 0.45, h: 0.8, d: 0.5}) // ok, centimetres, scale 0.01
 */
export function fitToDimensions(size: ModelSize, declared: Dimensions): Fit {
  for (const upAxis of ['y', 'z'] as const) {
    for (const { unit, scale } of UNIT_SLIPS) {
      const d = asDimensions(size, upAxis, scale);
      if (!(['w', 'h', 'd'] as const).every((k) => withinTolerance(d[k], declared[k]))) continue;
      const notes: LocalizedText[] = [];
      if (unit !== 'metres') notes.push(MODEL_JOB_NOTES.scaled({ unit, scale }));
      if (upAxis === 'z') notes.push(MODEL_JOB_NOTES.zUp());
      return { ok: true, unit, scale, upAxis, size: d, notes };
    }
  }
  const d = asDimensions(size, 'y', 1);
  const problems = (['w', 'h', 'd'] as const)
    .filter((k) => !withinTolerance(d[k], declared[k]))
    .map((k) => MODEL_JOB_NOTES.dimensionOff({ dimension: k, actualM: d[k], declaredM: declared[k] }));
  return { ok: false, problems };
}
