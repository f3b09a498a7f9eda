import { createStore } from 'zustand/vanilla';
import type { Channel } from '../../../shared/channel';

/** An installed PWA reports itself as `app`; everything else in a browser tab is `web`. */
function detectChannel(): Channel {
  if (typeof window === 'undefined') return 'web';
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  return standalone ? 'app' : 'web';
}

interface ChannelState {
  /** Default `X-Channel` of API calls; XR pages pass `ar`/`vr` per call instead of changing this. */
  channel: Channel;
}

export const channelStore = createStore<ChannelState>(() => ({ channel: detectChannel() }));
