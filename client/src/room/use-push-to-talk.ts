import { useEffect } from 'react';
import { voiceStore } from './voice-mesh';

/** Inputs where V is not a letter being typed: the push-to-talk checkbox keeps the focus once ticked. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key pressed on this element types into it (a text field, a text area, a select, editable content). */
function typesText(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Hold V (outside text fields) to talk when push-to-talk is on.
 *
 * @example usePushToTalk(voice.pushToTalk);
 */
export function usePushToTalk(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const down = (e: KeyboardEvent) => e.code === 'KeyV' && !e.repeat && !typesText(e.target) && voiceStore.getState().talk(true);
    const up = (e: KeyboardEvent) => e.code === 'KeyV' && voiceStore.getState().talk(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [active]);
}
