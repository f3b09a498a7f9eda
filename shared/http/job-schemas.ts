import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text';

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const JobStateSchema = z.enum(JOB_STATES);
export type JobState = z.infer<typeof JobStateSchema>;

/** One problem a job found; `row` counts data rows from 1 (the header is row 0) for CSV imports. */
export const JobErrorSchema = z.object({
  row: z.number().int().optional(),
  field: z.string().optional(),
  /** In English, for outside clients and logs. */
  message: z.string(),
  /** The same in every language the back office speaks, when the problem was written for people. */
  text: LocalizedTextSchema.optional(),
});
export type JobError = z.infer<typeof JobErrorSchema>;

/** A background job as `GET /api/admin/jobs/:id` shows it. */
export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: JobStateSchema,
  progress: z.number().min(0).max(1),
  /** In English, for outside clients and logs. */
  messages: z.array(z.string()),
  /** Beside `messages`, the same line in every language where it was written for people (else null). */
  messageTexts: z.array(LocalizedTextSchema.nullable()).optional(),
  errors: z.array(JobErrorSchema),
  result: z.record(z.string(), z.unknown()).optional(),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Job = z.infer<typeof JobSchema>;
