import type { Locale } from '../../../shared/i18n-text';
import { CHANNELS, type Channel } from '../../../shared/channel';
import { translate } from './translate';

/**
 * A channel as people say it ("Site web", "Magasin virtuel"); `short` for tight places (charts).
 * A value outside the known channels reads as the website's, never as a raw word.
 *
 * @example channelName('fr', 'vr') // "Magasin virtuel"
 */
export function channelName(locale: Locale, channel: string, short = false): string {
  const c: Channel = (CHANNELS as readonly string[]).includes(channel) ? (channel as Channel) : 'web';
  return translate(locale, short ? `channelShort.${c}` : `channel.${c}`);
}
