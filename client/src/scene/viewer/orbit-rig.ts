import { MathUtils, Vector3, type PerspectiveCamera } from '../lite/three';

export interface OrbitLimits {
  minAzimuth: number;
  maxAzimuth: number;
  minElevation: number;
  maxElevation: number;
  minDistance: number;
  maxDistance: number;
}

const KEY_STEP = MathUtils.degToRad(15);
const DAMPING = 9; // per second: how fast the camera catches up with where it was asked to go
const EPS = 1e-4;

/**
 * Turns pointer drags, pinches, the wheel and the keyboard into a damped orbit around a target,
 * with auto-rotation until the first interaction. No per-frame allocation; `update` reports whether
 * another frame is needed, so the viewer renders only while something moves.
 *
 * @example const rig = new OrbitRig(camera, canvas, () => viewer.invalidate()); rig.setHome(0.6, 0.3, 4, centre)
 */
export class OrbitRig {
  readonly target = new Vector3();
  autoRotate = true;
  autoRotateSpeed = 0.35;
  limits: OrbitLimits = { minAzimuth: -Infinity, maxAzimuth: Infinity, minElevation: 0.02, maxElevation: 1.4, minDistance: 0.5, maxDistance: 20 };
  /** Called once, at the first user interaction (auto-rotate stops then). */
  onInteract: (() => void) | null = null;

  private az = 0;
  private el = 0;
  private dist = 1;
  private goalAz = 0;
  private goalEl = 0;
  private goalDist = 1;
  private home = { az: 0, el: 0, dist: 1 };
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private pinch = 0;

  constructor(
    private readonly camera: PerspectiveCamera,
    private readonly element: HTMLElement,
    private readonly invalidate: () => void,
  ) {
    element.addEventListener('pointerdown', this.onDown);
    element.addEventListener('pointermove', this.onMove);
    element.addEventListener('pointerup', this.onUp);
    element.addEventListener('pointercancel', this.onUp);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('keydown', this.onKey);
  }

  setHome(az: number, el: number, dist: number, target: Vector3): void {
    this.home = { az, el, dist };
    this.target.copy(target);
    this.az = this.goalAz = az;
    this.el = this.goalEl = el;
    this.dist = this.goalDist = dist;
    this.apply();
  }

  reset(): void {
    this.goalAz = this.home.az;
    this.goalEl = this.home.el;
    this.goalDist = this.home.dist;
    // Take the short way round after many auto-rotations.
    this.az = this.home.az + MathUtils.euclideanModulo(this.az - this.home.az + Math.PI, Math.PI * 2) - Math.PI;
    this.invalidate();
  }

  rotateBy(dAz: number, dEl: number): void {
    this.goalAz = MathUtils.clamp(this.goalAz + dAz, this.limits.minAzimuth, this.limits.maxAzimuth);
    this.goalEl = MathUtils.clamp(this.goalEl + dEl, this.limits.minElevation, this.limits.maxElevation);
    this.invalidate();
  }

  zoomBy(factor: number): void {
    this.goalDist = MathUtils.clamp(this.goalDist * factor, this.limits.minDistance, this.limits.maxDistance);
    this.invalidate();
  }

  /** Advances the damped motion; true while the camera still moves. */
  update(dt: number): boolean {
    if (this.autoRotate) {
      this.goalAz += this.autoRotateSpeed * dt;
      this.az += this.autoRotateSpeed * dt;
    }
    const k = 1 - Math.exp(-DAMPING * Math.min(dt, 0.1));
    this.az += (this.goalAz - this.az) * k;
    this.el += (this.goalEl - this.el) * k;
    this.dist += (this.goalDist - this.dist) * k;
    this.apply();
    const moving = Math.abs(this.goalAz - this.az) > EPS || Math.abs(this.goalEl - this.el) > EPS || Math.abs(this.goalDist - this.dist) > EPS * this.dist;
    return this.autoRotate || moving;
  }

  dispose(): void {
    const e = this.element;
    e.removeEventListener('pointerdown', this.onDown);
    e.removeEventListener('pointermove', this.onMove);
    e.removeEventListener('pointerup', this.onUp);
    e.removeEventListener('pointercancel', this.onUp);
    e.removeEventListener('wheel', this.onWheel);
    e.removeEventListener('keydown', this.onKey);
  }

  private apply(): void {
    const c = Math.cos(this.el);
    this.camera.position.set(Math.sin(this.az) * c, Math.sin(this.el), Math.cos(this.az) * c).multiplyScalar(this.dist).add(this.target);
    this.camera.lookAt(this.target);
  }

  private interact(): void {
    if (this.autoRotate) {
      this.autoRotate = false;
      this.goalAz = this.az;
    }
    const cb = this.onInteract;
    this.onInteract = null;
    cb?.();
  }

  private readonly onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.interact();
    this.element.setPointerCapture?.(e.pointerId);
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 2) this.pinch = this.pinchDistance();
  };

  private readonly onMove = (e: PointerEvent) => {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    if (this.pointers.size === 1) {
      const h = this.element.clientHeight || 1;
      this.rotateBy((-(e.clientX - p.x) / h) * Math.PI, ((e.clientY - p.y) / h) * Math.PI);
    }
    p.x = e.clientX;
    p.y = e.clientY;
    if (this.pointers.size === 2) {
      const d = this.pinchDistance();
      if (this.pinch > 0 && d > 0) this.zoomBy(this.pinch / d);
      this.pinch = d;
    }
  };

  private readonly onUp = (e: PointerEvent) => {
    this.pointers.delete(e.pointerId);
    this.pinch = 0;
  };

  private readonly onWheel = (e: WheelEvent) => {
    e.preventDefault();
    this.interact();
    this.zoomBy(Math.exp(MathUtils.clamp(e.deltaY, -100, 100) * 0.002));
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const act = this.keyAction(e.key);
    if (!act) return;
    e.preventDefault();
    this.interact();
    act();
  };

  /** What a key does to the view: arrows orbit, + and - zoom, 0 and Home reset. */
  private keyAction(key: string): (() => void) | undefined {
    switch (key) {
      case 'ArrowLeft':
        return () => this.rotateBy(KEY_STEP, 0);
      case 'ArrowRight':
        return () => this.rotateBy(-KEY_STEP, 0);
      case 'ArrowUp':
        return () => this.rotateBy(0, KEY_STEP / 2);
      case 'ArrowDown':
        return () => this.rotateBy(0, -KEY_STEP / 2);
      case '+':
      case '=':
        return () => this.zoomBy(0.85);
      case '-':
        return () => this.zoomBy(1 / 0.85);
      case '0':
      case 'Home':
        return () => this.reset();
      default:
        return undefined;
    }
  }

  private pinchDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
