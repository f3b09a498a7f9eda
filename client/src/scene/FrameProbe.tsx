import { addAfterEffect, addEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { registerStoreTestHook } from './store-test-hooks';

/**
 * Benchmark instrumentation (`?bench=1`), read and reset through `__storeTest.frameTimes()`:
 * - `frame`: JavaScript time of every frame, from before the first frame callback to after the
 *   last render of the tick (all useFrame callbacks plus gl.render), with performance.now;
 * - `render`: the part spent inside gl.render;
 * - `calls` / `triangles`: what the last frame drew.
 */
export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    let start = 0;
    let inRender = 0;
    let frame: number[] = [];
    let render: number[] = [];
    const original = gl.render.bind(gl);
    gl.render = (scene, camera) => {
      const t = performance.now();
      original(scene, camera);
      inRender += performance.now() - t;
    };
    const a = addEffect(() => {
      start = performance.now();
      inRender = 0;
    });
    const b = addAfterEffect(() => {
      if (!start) return;
      frame.push(performance.now() - start);
      render.push(inRender);
      if (frame.length > 5000) {
        frame = frame.slice(-2000);
        render = render.slice(-2000);
      }
    });
    const c = registerStoreTestHook('frameTimes', (reset = true) => {
      const out = { frame, render, calls: gl.info.render.calls, triangles: gl.info.render.triangles };
      if (reset) {
        frame = [];
        render = [];
      }
      return out;
    });
    return () => {
      gl.render = original;
      a();
      b();
      c();
    };
  }, [gl]);
  return null;
}
