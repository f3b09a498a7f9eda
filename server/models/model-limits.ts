/**
 * What an uploaded model may be, and what the pipeline makes of it. The upload cap is checked
 * before the body is read; the zip caps before anything is inflated.
 */
export interface ModelLimits {
  maxUploadBytes: number;
  zip: { maxEntries: number; maxTotalBytes: number; maxRatio: number };
  budget: { maxTriangles: number; maxTexturePx: number; maxGlbBytes: number; usdzTexturePx: number };
}

export const MODEL_LIMITS: ModelLimits = {
  /** Largest request body accepted by `PUT /api/admin/products/:id/model`. */
  maxUploadBytes: 100 * 1024 * 1024,
  zip: {
    maxEntries: 500,
    /** Sum of the entries' uncompressed sizes. */
    maxTotalBytes: 400 * 1024 * 1024,
    /** Uncompressed / compressed, for the archive and for any entry over 1 MiB. */
    maxRatio: 100,
  },
  budget: {
    maxTriangles: 50_000,
    maxTexturePx: 2048,
    maxGlbBytes: 2 * 1024 * 1024,
    /** Quick Look textures (three's USDZ exporter's own limit). */
    usdzTexturePx: 1024,
  },
};
