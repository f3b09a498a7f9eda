import type { Camera, Scene, WebGLRenderer } from '../lite/three';

interface R3fHandle {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
}

/**
 * Publishes the canvas's renderer as `window.__r3f` (the public contract tests rely on) and
 * returns a function that puts back the previous one (the product viewer under an AR session).
 *
 * @example const unexpose = exposeRenderer(renderer, scene, camera)
 */
export function exposeRenderer(gl: WebGLRenderer, scene: Scene, camera: Camera): () => void {
  const w = window as unknown as { __r3f?: R3fHandle };
  const handle = { gl, scene, camera };
  const previous = w.__r3f;
  w.__r3f = handle;
  return () => {
    if (w.__r3f !== handle) return;
    if (previous) w.__r3f = previous;
    else delete w.__r3f;
  };
}
