import { storeNavStore } from './store-nav-store';

/** Radians of view turn per pixel of drag or mouse movement. */
const LOOK_SPEED = 0.0032;
const PITCH_LIMIT = 1.25;

export interface DesktopInput {
  /** Currently pressed keys (KeyboardEvent.code). */
  keys: Set<string>;
  dispose(): void;
}

/**
 * Keyboard, mouse and touch for walking the store in a browser: keys are collected for the frame
 * loop; dragging (mouse or one finger) or moving the mouse while the pointer is locked turns the
 * view, or turns the product being examined. Nothing here re-renders React.
 *
 * @example const input = attachDesktopInput(gl.domElement); ...; input.dispose()
 */
export function attachDesktopInput(canvas: HTMLElement): DesktopInput {
  const keys = new Set<string>();
  let drag: { id: number; x: number; y: number } | null = null;

  const typing = (e: Event) => {
    const t = e.target as HTMLElement | null;
    return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    keys.add(e.code);
    if (MOVE_KEYS.has(e.code)) e.preventDefault();
    if (e.code === 'KeyM' && !e.repeat) togglePointerLock(canvas);
  };
  const onKeyUp = (e: KeyboardEvent) => keys.delete(e.code);
  const onBlur = () => keys.clear();

  const turn = (dx: number, dy: number) => {
    const s = storeNavStore.getState();
    if (s.held?.by === 'desktop') {
      s.examine.yaw += dx * LOOK_SPEED * 1.5;
      s.examine.pitch = clamp(s.examine.pitch + dy * LOOK_SPEED * 1.5, -1.2, 1.2);
      return;
    }
    s.pose.yaw -= dx * LOOK_SPEED;
    s.pose.pitch = clamp(s.pose.pitch - dy * LOOK_SPEED, -PITCH_LIMIT, PITCH_LIMIT);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (document.pointerLockElement === canvas || e.button !== 0 || drag) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (document.pointerLockElement === canvas) {
      turn(e.movementX, e.movementY);
      return;
    }
    if (!drag || e.pointerId !== drag.id) return;
    turn(e.clientX - drag.x, e.clientY - drag.y);
    drag.x = e.clientX;
    drag.y = e.clientY;
  };
  const onPointerUp = (e: PointerEvent) => {
    if (drag?.id === e.pointerId) drag = null;
  };

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  canvas.addEventListener('pointerdown', onPointerDown);
  window.addEventListener('pointermove', onPointerMove);
  window.addEventListener('pointerup', onPointerUp);
  window.addEventListener('pointercancel', onPointerUp);
  // Touch drags turn the view instead of scrolling the page.
  canvas.style.touchAction = 'none';
  return {
    keys,
    dispose() {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
      canvas.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerUp);
      if (document.pointerLockElement === canvas) document.exitPointerLock();
    },
  };
}

/** Physical key positions (KeyboardEvent.code): WASD on QWERTY is ZQSD on AZERTY, same keys. */
export const MOVE_KEYS = new Set(['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Mouse look: the cursor disappears and moving the mouse turns the view (Esc to leave). */
export function togglePointerLock(canvas: HTMLElement): void {
  if (document.pointerLockElement === canvas) document.exitPointerLock();
  else void Promise.resolve(canvas.requestPointerLock?.()).catch(() => undefined);
}

function clamp(v: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, v));
}
