import { z } from 'zod';

/** Where an action came from; carried by the `X-Channel` header and recorded on every event. */
export const CHANNELS = ['web', 'app', 'vr', 'ar', 'store', 'advisor'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
export const DEFAULT_CHANNEL: Channel = 'web';
