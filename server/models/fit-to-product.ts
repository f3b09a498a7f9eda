import type { Document } from '@gltf-transform/core';
import { getBounds, transformMesh } from '@gltf-transform/functions';
import { JobFailure } from '../jobs/job-failure';
import type { LocalizedText } from '../../shared/i18n-text';
import { MODEL_JOB_FAILURES } from '../../shared/models/model-job-text';
import type { Dimensions, Placement } from '../../shared/catalogue/product';
import { fitToDimensions, type UpAxis } from '../../shared/models/fit-to-dimensions';

type Mat4 = [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

export interface FitReport {
  unit: string;
  upAxis: UpAxis;
  /** The size after correction, metres. */
  size: Dimensions;
  notes: string[];
  /** The same notes in every language, for the job's messages. */
  noteTexts: LocalizedText[];
}

/** Column-major, as glTF and gl-matrix store them. */
const scaleAndTurn = (s: number, up: UpAxis): Mat4 =>
  up === 'y'
    ? [s, 0, 0, 0, 0, s, 0, 0, 0, 0, s, 0, 0, 0, 0, 1]
    : // Z-up to Y-up: a quarter turn about x (y' = z, z' = -y), so a CAD model's -Y front faces +Z.
      [s, 0, 0, 0, 0, 0, -s, 0, 0, s, 0, 0, 0, 0, 0, 1];
const translate = (x: number, y: number, z: number): Mat4 => [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, y, z, 1];

function applyToEveryMesh(doc: Document, m: Mat4): void {
  for (const mesh of doc.getRoot().listMeshes()) transformMesh(mesh, m);
}

/**
 * Step 6 (after baking): reads the model in metres and Y up, correcting an obvious unit slip or a
 * Z-up export, checks its size against the product's `dimensionsM` (1 cm or 2 %), and moves its
 * origin where the catalogue's conventions want it: floor and table items centred on x and z,
 * standing on y = 0; wall items centred on x and y, their back on z = 0.
 *
 * @example const report = fitToProduct(doc, product.dimensionsM, product.placement);
 */
export function fitToProduct(doc: Document, declared: Dimensions, placement: Placement): FitReport {
  const scene = doc.getRoot().getDefaultScene()!;
  const { min, max } = getBounds(scene);
  const size = { x: max[0] - min[0], y: max[1] - min[1], z: max[2] - min[2] };
  if (![size.x, size.y, size.z].every((v) => Number.isFinite(v) && v > 0)) throw new JobFailure(MODEL_JOB_FAILURES.flat());
  const fit = fitToDimensions(size, declared);
  if (!fit.ok) {
    throw new JobFailure(
      MODEL_JOB_FAILURES.sizeMismatch({ problems: fit.problems }),
      fit.problems.map((text) => ({ field: 'dimensionsM', message: text.en, text })),
    );
  }
  applyToEveryMesh(doc, scaleAndTurn(fit.scale, fit.upAxis));
  const b = getBounds(scene);
  const cx = (b.min[0] + b.max[0]) / 2;
  if (placement === 'wall') applyToEveryMesh(doc, translate(-cx, -(b.min[1] + b.max[1]) / 2, -b.min[2]));
  else applyToEveryMesh(doc, translate(-cx, -b.min[1], -(b.min[2] + b.max[2]) / 2));
  return { unit: fit.unit, upAxis: fit.upAxis, size: fit.size, notes: fit.notes.map((n) => n.en), noteTexts: fit.notes };
}
