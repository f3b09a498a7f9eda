import type { Camera, Scene, WebGLRenderer } from '../lite/three';

interface R3fHandle {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
}

/** Every renderer on the page, oldest first; an immersive (XR) one outranks the others while it lasts. */
const exposed: { handle: R3fHandle; immersive: boolean }[] = [];

function publish(): void {
  const w = window as unknown as { __r3f?: R3fHandle };
  const top = exposed.findLast((e) => e.immersive) ?? exposed.at(-1);
  if (top) w.__r3f = top.handle;
  else delete w.__r3f;
}

/**
 * Publishes the canvas's renderer as `window.__r3f` (the public contract tests rely on) and
 * returns a function that withdraws it. An AR session's renderer stays the published one even if
 * the product viewer under it starts later (the two load independently).
 *
 * @example const unexpose = exposeRenderer(renderer, scene, camera)
 */
export function exposeRenderer(gl: WebGLRenderer, scene: Scene, camera: Camera, opts: { immersive?: boolean } = {}): () => void {
  const entry = { handle: { gl, scene, camera }, immersive: opts.immersive ?? false };
  exposed.push(entry);
  publish();
  return () => {
    const i = exposed.indexOf(entry);
    if (i >= 0) exposed.splice(i, 1);
    publish();
  };
}
