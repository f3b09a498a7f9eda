import { Canvas, events as pointerEvents, type RootState } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import type { ReactNode } from 'react';
import { useLocale } from '../../stores/use-locale';
import { FrameProbe } from '../../scene/FrameProbe';
import { OverviewCamera } from '../../scene/OverviewCamera';
import { EYE_HEIGHT } from '../../scene/navigation/DesktopControls';
import { StoreScene } from '../../scene/StoreScene';
import type { StoreWorld } from '../../scene/store-world';
import { storeXR } from '../../xr/vr/store-xr';
import { VrLayer } from '../../xr/vr/VrLayer';
import type { StoreParams } from './store-params';

/** R3F's DOM events, but with the pointer locked the ray goes through the middle of the view. */
const lockAwareEvents: typeof pointerEvents = (store) => ({
  ...pointerEvents(store),
  compute(event, state) {
    if (document.pointerLockElement === state.gl.domElement) state.pointer.set(0, 0);
    else state.pointer.set((event.offsetX / state.size.width) * 2 - 1, -(event.offsetY / state.size.height) * 2 + 1);
    state.raycaster.setFromCamera(state.pointer, state.camera);
  },
});

/**
 * WebGL extensions three asks for lazily. Enabling one after shaders exist made Chromium's
 * software renderer stall for 20 to 30 s (WEBGL_multi_draw, first used by the product batches):
 * ask for them all before the first shader is compiled.
 */
const EXTENSIONS = ['WEBGL_multi_draw', 'EXT_texture_filter_anisotropic', 'OES_texture_float_linear', 'EXT_color_buffer_float', 'EXT_color_buffer_half_float', 'WEBGL_clip_cull_distance'];

/**
 * True on a software rasteriser (SwiftShader, llvmpipe): there multisampling alone halves the
 * frame rate, so the store renders without it. Real GPUs keep antialiasing.
 */
function softwareRenderer(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const renderer = String(gl.getParameter(gl.RENDERER)) + String(gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}
const SOFTWARE = typeof document !== 'undefined' && softwareRenderer();

function onCreated({ gl, scene, camera }: RootState) {
  for (const name of EXTENSIONS) gl.extensions.has(name);
  // Contract: every 3D canvas exposes its renderer for tests.
  (window as unknown as { __r3f?: unknown }).__r3f = { gl, scene, camera };
}

/**
 * The store's canvas: the shared scene inside <XR> (the same shelves in a browser and in a
 * headset), plus the headset-only layer and the benchmark probes. `children` go into the scene
 * (avatars of a live session).
 */
export function StoreCanvas({ world, params, children }: { world: StoreWorld; params: StoreParams; children?: ReactNode }) {
  const xr = storeXR();
  const locale = useLocale();
  return (
    <Canvas
      className="store-canvas"
      dpr={params.bench ? 1 : [1, 1.5]}
      gl={{ antialias: !params.bench && !SOFTWARE, powerPreference: 'high-performance' }}
      camera={{ fov: 70, near: 0.05, far: 140, position: [world.layout.spawn.x, EYE_HEIGHT, world.layout.spawn.z] }}
      events={lockAwareEvents}
      onCreated={onCreated}
      // The canvas walks with the keyboard: an application region named after the store.
      role="application"
      aria-label={world.layout.name[locale]}
    >
      <XR store={xr}>
        <StoreScene world={world} naive={params.naive} fixedCamera={params.overview} xr={(comboSet) => <VrLayer world={world} comboSet={comboSet} />}>
          {children}
        </StoreScene>
        {params.overview && <OverviewCamera world={world} />}
        {params.bench && <FrameProbe />}
      </XR>
    </Canvas>
  );
}
