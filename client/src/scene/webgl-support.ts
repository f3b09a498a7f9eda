/**
 * Whether this browser has WebGL 2 at all (three.js r163+ needs it). Deliberately does not create
 * a context to find out: that costs hundreds of milliseconds on software GL and the viewer creates
 * its own right after; a context that then fails is reported by the viewer.
 *
 * @example if (!hasWebGL2()) showPosterWithNotice()
 */
export function hasWebGL2(): boolean {
  return typeof window !== 'undefined' && typeof window.WebGL2RenderingContext === 'function';
}
