import { z } from 'zod';

/** `GET /api/slots`: the window and advisor to list free slots for. */
export const SlotQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  advisorId: z.string().max(64).optional(),
});
