import { z } from 'zod';

/** `PUT /api/admin/products/:id/model?variant=` : the variant whose own model this is; absent: the product's. */
export const ModelUploadQuerySchema = z.object({
  variant: z.string().min(1).max(100).optional(),
});

export const MODEL_UPLOAD_TYPES = ['model/gltf-binary', 'application/zip'] as const;

export const ModelUploadAcceptedSchema = z.object({ jobId: z.string() });

/** What the pipeline found and did, for the merchant. */
export const ModelReportSchema = z.object({
  validatorWarnings: z.number().int(),
  unit: z.enum(['metres', 'centimetres', 'millimetres', 'inches']),
  upAxis: z.enum(['y', 'z']),
  sizeM: z.object({ w: z.number(), h: z.number(), d: z.number() }),
  /** Corrections made (unit slip, Z-up turned to Y-up, dropped animations), one sentence each. */
  notes: z.array(z.string()),
  trianglesIn: z.number().int(),
  triangles: z.number().int(),
  texturePx: z.number().int(),
  glbBytes: z.number().int(),
  usdzBytes: z.number().int(),
  posterBytes: z.number().int(),
  poster: z.string(),
});
export type ModelReport = z.infer<typeof ModelReportSchema>;

/** The `result` of a succeeded `model.process` job. */
export const ModelJobResultSchema = z.object({
  model: z.object({ glb: z.string(), usdz: z.string() }),
  thumbnail: z.string(),
  report: ModelReportSchema,
});
export type ModelJobResult = z.infer<typeof ModelJobResultSchema>;
