import { useEffect } from 'react';
import { voiceStore } from './voice-mesh';

/**
 * Hold V (outside text fields) to talk when push-to-talk is on.
 *
 * @example usePushToTalk(voice.pushToTalk);
 */
export function usePushToTalk(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const typing = (e: KeyboardEvent) => e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    const down = (e: KeyboardEvent) => e.code === 'KeyV' && !e.repeat && !typing(e) && voiceStore.getState().talk(true);
    const up = (e: KeyboardEvent) => e.code === 'KeyV' && voiceStore.getState().talk(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [active]);
}
