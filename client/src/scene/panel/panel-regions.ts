/** A clickable rectangle of a canvas-drawn panel, in canvas pixels. */
export interface Region<A> {
  action: A;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The region under a canvas point (the last one wins, like painting order), or null.
 * @example regionAt(regions, 500, 700)?.action // { type: 'add' }
 */
export function regionAt<A>(regions: readonly Region<A>[], x: number, y: number): Region<A> | null {
  return regions.findLast((r) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h) ?? null;
}

/** Canvas pixels from a mesh uv (v up, canvas y down). @example uvToCanvas(0.5, 0.5, 1024, 900) */
export function uvToCanvas(u: number, v: number, width: number, height: number): { x: number; y: number } {
  return { x: u * width, y: (1 - v) * height };
}
