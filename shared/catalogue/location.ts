import { z } from 'zod';

export const LocationKindSchema = z.enum(['warehouse', 'store']);
export type LocationKind = z.infer<typeof LocationKindSchema>;

export const LocationSchema = z.object({
  id: z.string().min(1),
  kind: LocationKindSchema,
  name: z.string().min(1),
  address: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof LocationSchema>;
