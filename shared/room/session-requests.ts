import { z } from 'zod';
import { ROOM_LIMITS } from './protocol';

/** `POST /api/sessions`: what a host opens. */
export const NewSessionSchema = z.discriminatedUnion('kind', [
  /** A group event an advisor hosts (a collection launch); many customers join by link. */
  z.object({
    kind: z.literal('event'),
    title: z.string().trim().min(1).max(120),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    capacity: z.number().int().min(2).max(ROOM_LIMITS.eventCapacity).default(100),
    admission: z.enum(['open', 'host']).default('host'),
    storeId: z.string().min(1).max(64).optional(),
  }),
  /** A customer visits the store with friends, by invite link. */
  z.object({
    kind: z.literal('friends'),
    title: z.string().trim().max(120).optional(),
    storeId: z.string().min(1).max(64).optional(),
  }),
]);
/** `POST /api/sessions/:id/room`: the invite from a join link, when the caller has no seat yet. */
export const JoinSessionSchema = z.object({ invite: z.string().min(1).max(64).optional() });
