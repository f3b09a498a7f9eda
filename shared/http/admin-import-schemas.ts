import { z } from 'zod';
import { JobErrorSchema, JobSchema } from './job-schemas';
import { LocalizedTextSchema } from '../i18n-text';

/** `?dryRun=1` previews an import instead of queueing it. */
export const ImportQuerySchema = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });

export const ImportChangeSchema = z.object({
  handle: z.string(),
  kind: z.enum(['create', 'update']),
  fields: z.array(z.string()),
  locationId: z.string().optional(),
  before: z.number().int().optional(),
  after: z.number().int().optional(),
});

/** What the merchant should know before applying a file, which does not stop it (`no_model`: on sale without a 3D model). */
export const ImportWarningSchema = z.object({
  handle: z.string(),
  code: z.enum(['no_model']),
  /** In English, for outside clients and logs. */
  message: z.string(),
  text: LocalizedTextSchema,
});

export const ImportPreviewSchema = z.object({
  preview: z.object({
    create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), changes: z.array(ImportChangeSchema),
    /** Product imports only. */
    warnings: z.array(ImportWarningSchema).optional(),
  }),
  errors: z.array(JobErrorSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const JobAcceptedSchema = z.object({ jobId: z.string() });

export const StockExportQuerySchema = z.object({ locationId: z.string().min(1) });

export const JobListQuerySchema = z.object({
  kind: z.string().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export const JobListSchema = z.object({ items: z.array(JobSchema) });
