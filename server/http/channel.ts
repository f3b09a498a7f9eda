import type { Request } from 'express';
import { ChannelSchema, DEFAULT_CHANNEL, type Channel } from '../../shared/channel';
import { HttpError } from './http-error';

/** The channel named by `X-Channel`, recorded on every event the request causes. */
export function channelOf(req: Request): Channel {
  const raw = req.get('x-channel');
  if (raw === undefined || raw === '') return DEFAULT_CHANNEL;
  const r = ChannelSchema.safeParse(raw.trim().toLowerCase());
  if (!r.success) throw new HttpError(400, 'invalid', `X-Channel must be one of ${ChannelSchema.options.join(', ')}`);
  return r.data;
}
