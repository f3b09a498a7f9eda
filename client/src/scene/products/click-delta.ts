/**
 * How far (pixels) the pointer moved between press and release: R3F measures it for mouse and
 * touch; headset pointers (@pmndrs/pointer-events) throw on `delta`, and a trigger pull is never
 * a drag, so they count as 0.
 *
 * @example if (clickDelta(e) > 8) return // that was a drag to look around
 */
export function clickDelta(e: { delta: number }): number {
  try {
    return e.delta ?? 0;
  } catch {
    return 0;
  }
}
