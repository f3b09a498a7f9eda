import type { Product } from '../../shared/catalogue/product';
import type { ModelReport } from '../../shared/http/model-upload-schemas';
import { bakeTransforms } from './bake-transforms';
import { checkTextures } from './check-textures';
import { fitToProduct } from './fit-to-product';
import { makeUsdz } from './make-usdz';
import { compressToBudget, simplifyToBudget } from './optimise-model';
import { readModel } from './read-model';
import { renderPoster } from './render-poster';
import { unpackModel, type ModelContentType } from './unpack-model';
import { validateModel } from './validate-model';
import type { LocalizedText } from '../../shared/i18n-text';
import { MODEL_JOB_STEPS } from '../../shared/models/model-job-text';

export type Progress = (fraction: number, message?: LocalizedText) => Promise<void>;


/**
 * The model pipeline on bytes, without storage: unpack -> validate -> read -> textures -> bake ->
 * fit (units, axes, origin, size) -> simplify -> USDZ -> poster -> compress. Throws JobFailure
 * saying what is wrong with the file.
 *
 * @example const { glb, usdz, poster, report } = await buildModelFiles(bytes, 'model/gltf-binary', product);
 */
export async function buildModelFiles(
  body: Uint8Array,
  contentType: ModelContentType,
  product: Pick<Product, 'id' | 'dimensionsM' | 'placement'>,
  progress: Progress = async () => {},
): Promise<{ glb: Uint8Array; usdz: Uint8Array; poster: Uint8Array; report: ModelReport }> {
  await progress(0.05, MODEL_JOB_STEPS.unpack);
  const unpacked = unpackModel(body, contentType);
  await progress(0.1, MODEL_JOB_STEPS.validate);
  const validation = await validateModel(unpacked);
  const doc = await readModel(unpacked);
  checkTextures(doc);
  await progress(0.2, MODEL_JOB_STEPS.bake);
  const baked = await bakeTransforms(doc, product.id);
  await progress(0.3, MODEL_JOB_STEPS.fit);
  const fit = fitToProduct(doc, product.dimensionsM, product.placement);
  for (const note of fit.noteTexts) await progress(0.32, note);
  await progress(0.35, MODEL_JOB_STEPS.simplify);
  const tris = await simplifyToBudget(doc);
  await progress(0.5, MODEL_JOB_STEPS.usdz);
  const usdz = await makeUsdz(doc, product);
  await progress(0.65, MODEL_JOB_STEPS.poster);
  const poster = await renderPoster(doc, product.placement);
  await progress(0.75, MODEL_JOB_STEPS.compress);
  const web = await compressToBudget(doc);
  return {
    glb: web.glb,
    usdz,
    poster,
    report: {
      validatorWarnings: validation.warnings,
      unit: fit.unit as ModelReport['unit'],
      upAxis: fit.upAxis,
      sizeM: fit.size,
      notes: [...fit.notes, ...(baked.dropped.length ? [`Dropped ${baked.dropped.join(' and ')}.`] : [])],
      trianglesIn: tris.trianglesIn,
      triangles: tris.triangles,
      texturePx: web.texturePx,
      glbBytes: web.bytes,
      usdzBytes: usdz.byteLength,
      posterBytes: poster.byteLength,
      poster: 'server-drawn (flat shaded, 512 px)',
    },
  };
}
