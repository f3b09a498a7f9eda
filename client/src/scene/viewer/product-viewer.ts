import {
  Box3,
  Color,
  DirectionalLight,
  NeutralToneMapping,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from '../lite/three';
import type { Placement } from '../../../../shared/catalogue/product';
import { loadGlb, type GlbModel } from '../glb/load-glb';
import { studioEnvironment } from '../env/studio-environment';
import { OrbitRig } from './orbit-rig';
import { bakeContactShadow } from './contact-shadow';
import { DimensionGuides, type DimensionLabelPosition } from './dimension-guides';
import { fitDistance, homeAngles } from './frame-camera';
import { exposeRenderer } from './expose-renderer';

export interface ProductViewerOptions {
  /** Matches the poster's background so the switch from poster to 3D is seamless. */
  background: string;
  /** After the first frame that shows the model has reached the screen. */
  onFirstFrame?: () => void;
  /** After every rendered frame (labels follow the camera). */
  onFrame?: () => void;
  /** At the first user interaction (auto-rotate stops then). */
  onInteract?: () => void;
}

/**
 * The product page's 3D viewer in plain three.js: prefiltered studio lighting, a baked contact
 * shadow, an orbit with damping, dimension guides and material variants, rendering only while
 * something moves.
 *
 * @example const v = new ProductViewer(canvas, { background: '#ebe9e4' }); await v.load(product.model.glb, 'floor', 'sauge')
 */
export class ProductViewer {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(28, 1, 0.01, 100);
  readonly rig: OrbitRig;
  private model: GlbModel | null = null;
  private shadow: { mesh: import('three').Mesh; dispose(): void } | null = null;
  private guides: DimensionGuides | null = null;
  private frameRequested = false;
  private lastTime = 0;
  private firstFrameDone = false;
  private onScreen = true;
  private paused = false;
  private disposed = false;
  private readonly unexpose: () => void;
  private readonly io: IntersectionObserver | null;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly opts: ProductViewerOptions,
  ) {
    this.renderer = new WebGLRenderer({ canvas, antialias: true, powerPreference: 'high-performance' });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.renderer.toneMapping = NeutralToneMapping;
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.scene.background = new Color(opts.background);
    const key = new DirectionalLight(0xfff4e8, 1.1);
    key.position.set(-2, 5, 3);
    this.scene.add(key);
    this.rig = new OrbitRig(this.camera, canvas, () => this.invalidate());
    this.rig.autoRotate = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.rig.onInteract = () => opts.onInteract?.();
    this.unexpose = exposeRenderer(this.renderer, this.scene, this.camera);
    this.io =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(([e]) => {
            if (!e) return;
            this.onScreen = e.isIntersecting;
            if (this.onScreen) this.invalidate();
          })
        : null;
    this.io?.observe(canvas);
    canvas.addEventListener('webglcontextlost', this.onContextLost);
  }

  /** Loads a model (replacing the current one) and frames it like its poster. */
  async load(url: string, placement: Placement, variant: string | null): Promise<void> {
    performance.mark('viewer:load-start');
    const [env, model] = await Promise.all([
      studioEnvironment().finally(() => performance.mark('viewer:env-ready')),
      loadGlb(url).finally(() => performance.mark('viewer:model-ready')),
    ]);
    if (this.disposed) {
      model.dispose();
      return;
    }
    this.clearModel();
    this.model = model;
    this.scene.environment = env;
    this.scene.environmentIntensity = 0.85;
    model.setVariant(variant);
    this.scene.add(model.root);
    model.root.updateMatrixWorld(true);
    const box = new Box3().setFromObject(model.root, true);
    const size = box.getSize(new Vector3());
    const centre = box.getCenter(new Vector3());
    const wall = placement === 'wall';
    performance.mark('viewer:shadow-start');
    this.shadow = bakeContactShadow(this.renderer, model.root, box, wall ? 'wall' : 'floor');
    this.scene.add(this.shadow.mesh);
    this.guides = new DimensionGuides(box, wall);
    this.guides.visible = false;
    this.scene.add(this.guides.lines);

    const [az, el] = homeAngles(placement, size);
    const dist = fitDistance(this.camera, box, centre, az, el, 0.78);
    this.rig.limits = wall
      ? { minAzimuth: -1.2, maxAzimuth: 1.2, minElevation: -0.6, maxElevation: 0.9, minDistance: dist * 0.4, maxDistance: dist * 2.5 }
      : { minAzimuth: -Infinity, maxAzimuth: Infinity, minElevation: 0.03, maxElevation: 1.45, minDistance: dist * 0.4, maxDistance: dist * 2.5 };
    if (wall) this.rig.autoRotate = false;
    this.rig.setHome(az, el, dist, centre);
    this.camera.near = dist / 100;
    this.camera.far = dist * 20;
    this.camera.updateProjectionMatrix();
    performance.mark('viewer:compile-start');
    // Compile off the main thread where the browser can (KHR_parallel_shader_compile).
    await this.renderer.compileAsync(this.scene, this.camera);
    performance.mark('viewer:compiled');
    this.invalidate();
  }

  setVariant(variant: string | null): void {
    this.model?.setVariant(variant);
    this.invalidate();
  }

  setDimensionsVisible(visible: boolean): void {
    if (this.guides) this.guides.visible = visible;
    this.invalidate();
  }

  setAutoRotate(on: boolean): void {
    this.rig.autoRotate = on;
    this.invalidate();
  }

  /** Stops drawing while something covers the page (an AR session); resumes where it was. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (!paused) this.invalidate();
  }

  resetView(): void {
    this.rig.reset();
  }

  /** Screen positions of the three dimension labels, in CSS pixels. */
  projectLabels(out: Record<'w' | 'h' | 'd', DimensionLabelPosition>): boolean {
    if (!this.guides?.lines.visible) return false;
    this.guides.project(this.camera, this.canvas.clientWidth, this.canvas.clientHeight, out);
    return true;
  }

  resize(width: number, height: number): void {
    if (!width || !height) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.invalidate();
  }

  invalidate(): void {
    if (this.frameRequested || this.disposed || this.paused) return;
    this.frameRequested = true;
    requestAnimationFrame(this.tick);
  }

  dispose(): void {
    this.disposed = true;
    this.io?.disconnect();
    this.canvas.removeEventListener('webglcontextlost', this.onContextLost);
    this.rig.dispose();
    this.clearModel();
    this.unexpose();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
  }

  private clearModel(): void {
    if (this.model) this.scene.remove(this.model.root);
    this.model?.dispose();
    this.model = null;
    if (this.shadow) this.scene.remove(this.shadow.mesh);
    this.shadow?.dispose();
    this.shadow = null;
    if (this.guides) this.scene.remove(this.guides.lines);
    this.guides?.dispose();
    this.guides = null;
  }

  private readonly tick = (now: number) => {
    this.frameRequested = false;
    if (this.disposed) return;
    const dt = this.lastTime ? (now - this.lastTime) / 1000 : 1 / 60;
    this.lastTime = now;
    const moving = this.rig.update(dt);
    this.renderer.render(this.scene, this.camera);
    this.opts.onFrame?.();
    if (this.model && !this.firstFrameDone && this.renderer.info.render.calls > 0) {
      this.firstFrameDone = true;
      // The GPU work of a frame is paid after render() returns: the next frame callback is when it is on screen.
      requestAnimationFrame(() => {
        performance.mark('viewer:first-frame');
        (window as unknown as { __viewerFirstFrameAt?: number }).__viewerFirstFrameAt = performance.now();
        this.opts.onFirstFrame?.();
      });
    }
    if (moving && this.onScreen && !this.paused) this.invalidate();
    else this.lastTime = 0;
  };

  private readonly onContextLost = (e: Event) => {
    e.preventDefault();
  };
}
