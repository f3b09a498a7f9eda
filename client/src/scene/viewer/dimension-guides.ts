import { type Box3, BufferGeometry, Float32BufferAttribute, LineBasicMaterial, LineSegments, Vector3, type Camera } from '../lite/three';

export interface DimensionLabelPosition {
  /** Pixels from the canvas's top left. */
  x: number;
  y: number;
  /** False when behind the camera. */
  visible: boolean;
}

const ORDER = ['w', 'h', 'd'] as const;
const tmp = new Vector3();

/**
 * Measuring lines along the width (front, on the floor), the height (front right edge) and the depth
 * (right side, on the floor) of a model's box, with end ticks, plus the anchor of each label.
 *
 * @example const guides = new DimensionGuides(box); scene.add(guides.lines); guides.project(camera, w, h, out)
 */
export class DimensionGuides {
  readonly lines: LineSegments;
  private readonly anchors: Record<(typeof ORDER)[number], Vector3>;

  constructor(box: Box3, wall = false) {
    const { min, max } = box;
    const size = box.getSize(new Vector3());
    const gap = Math.max(0.04, Math.max(size.x, size.y, size.z) * 0.05);
    const tick = gap * 0.6;
    const zf = wall ? max.z + gap : max.z + gap; // in front of the model
    const xr = max.x + gap; // right of the model
    const y0 = wall ? min.y - gap : min.y + 0.002;
    const pts: number[] = [];
    const seg = (a: number[], b: number[]) => pts.push(...a, ...b);
    // width
    seg([min.x, y0, zf], [max.x, y0, zf]);
    seg([min.x, y0, zf - tick], [min.x, y0, zf + tick]);
    seg([max.x, y0, zf - tick], [max.x, y0, zf + tick]);
    // height
    seg([xr, min.y, max.z], [xr, max.y, max.z]);
    seg([xr - tick, min.y, max.z], [xr + tick, min.y, max.z]);
    seg([xr - tick, max.y, max.z], [xr + tick, max.y, max.z]);
    // depth
    seg([xr, y0, min.z], [xr, y0, max.z]);
    seg([xr - tick, y0, min.z], [xr + tick, y0, min.z]);
    seg([xr - tick, y0, max.z], [xr + tick, y0, max.z]);
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    this.lines = new LineSegments(g, new LineBasicMaterial({ color: 0x1f2a2e, transparent: true, opacity: 0.75, depthTest: false, toneMapped: false }));
    this.lines.renderOrder = 10;
    this.lines.name = 'dimension-guides';
    this.anchors = {
      w: new Vector3((min.x + max.x) / 2, y0, zf + tick),
      h: new Vector3(xr + tick, (min.y + max.y) / 2, max.z),
      d: new Vector3(xr + tick, y0, (min.z + max.z) / 2),
    };
  }

  set visible(v: boolean) {
    this.lines.visible = v;
  }

  /** Writes each label's screen position into `out` (allocation-free: reuse `out` every frame). */
  project(camera: Camera, width: number, height: number, out: Record<'w' | 'h' | 'd', DimensionLabelPosition>): void {
    for (const k of ORDER) {
      tmp.copy(this.anchors[k]).project(camera);
      const o = out[k];
      o.x = (tmp.x * 0.5 + 0.5) * width;
      o.y = (-tmp.y * 0.5 + 0.5) * height;
      o.visible = tmp.z < 1 && tmp.z > -1;
    }
  }

  dispose(): void {
    this.lines.geometry.dispose();
    (this.lines.material as LineBasicMaterial).dispose();
  }
}
