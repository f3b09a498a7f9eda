import {
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  LatheGeometry,
  Quaternion,
  Shape,
  Vector2,
  Vector3,
} from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';

/*
 * Geometry helpers in metres. Every helper returns a geometry centred on the origin unless said
 * otherwise; builders move it with `.translate()`. Segment counts are kept low on purpose: the
 * same meshes become USDZ text, where every vertex costs tens of bytes.
 */

/** A box with rounded edges; radius is clamped to half the smallest side. */
export function roundedBox(w: number, h: number, d: number, radius: number, segments = 3): BufferGeometry {
  return new RoundedBoxGeometry(w, h, d, segments, Math.min(radius, w / 2, h / 2, d / 2) - 1e-6);
}

export function box(w: number, h: number, d: number): BufferGeometry {
  return new BoxGeometry(w, h, d);
}

/** Vertical cylinder (or cone frustum) centred on the origin. */
export function cylinder(rTop: number, rBottom: number, h: number, segments = 24, open = false): BufferGeometry {
  return new CylinderGeometry(rTop, rBottom, h, segments, 1, open);
}

/** Vertical cylinder standing on y = 0; give rBottom to taper it. */
export function post(r: number, h: number, segments = 16, rBottom = r): BufferGeometry {
  return cylinder(r, rBottom, h, segments).translate(0, h / 2, 0);
}

/**
 * Surface of revolution around y from a profile of [radius, y] pairs, bottom to top.
 * @example lathe([[0, 0], [0.1, 0], [0.12, 0.3], [0, 0.3]]) // a closed cup
 */
export function lathe(profile: ReadonlyArray<readonly [number, number]>, segments = 40): BufferGeometry {
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(Math.max(r, 0), y)),
    segments,
  );
}

/** A round rod from a to b, e.g. a splayed leg. */
export function rod(a: Vector3, b: Vector3, rA: number, rB = rA, segments = 12): BufferGeometry {
  const dir = new Vector3().subVectors(b, a);
  const g = cylinder(rB, rA, dir.length(), segments);
  g.applyQuaternion(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir.normalize()));
  const mid = new Vector3().addVectors(a, b).multiplyScalar(0.5);
  return g.translate(mid.x, mid.y, mid.z);
}

/** A rectangle with rounded corners in the xy plane, centred. */
export function roundedRectShape(w: number, h: number, r: number): Shape {
  const s = new Shape();
  const x = -w / 2;
  const y = -h / 2;
  r = Math.min(r, w / 2, h / 2);
  s.moveTo(x + r, y);
  s.lineTo(x + w - r, y);
  s.quadraticCurveTo(x + w, y, x + w, y + r);
  s.lineTo(x + w, y + h - r);
  s.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
  s.lineTo(x + r, y + h);
  s.quadraticCurveTo(x, y + h, x, y + h - r);
  s.lineTo(x, y + r);
  s.quadraticCurveTo(x, y, x + r, y);
  return s;
}

/**
 * A flat slab whose outline (seen from above) is `shape` in metres, with bevelled edges, sitting
 * on y = 0 with thickness `h`. The bevel is taken inside the outline so the outer size is exact.
 */
export function slab(shape: Shape, h: number, bevel = 0.004, curveSegments = 8): BufferGeometry {
  const b = Math.min(bevel, h / 2.5);
  const g = new ExtrudeGeometry(b > 0 ? insetShape(shape, b, curveSegments) : shape, {
    depth: Math.max(h - 2 * b, 1e-4),
    bevelEnabled: b > 0,
    bevelThickness: b,
    bevelSize: b,
    bevelSegments: 2,
    curveSegments,
  });
  // Extrusion runs along +z from -b to depth + b; stand it up so it runs along +y from 0 to h.
  g.translate(0, 0, b);
  g.rotateX(-Math.PI / 2);
  return g;
}

/** Rounded-rectangle slab (table top, shelf, rug) of outer size w x d, thickness h, on y = 0. */
export function roundedSlab(w: number, d: number, h: number, cornerRadius: number, bevel = 0.004): BufferGeometry {
  return slab(roundedRectShape(w, d, cornerRadius), h, bevel);
}

/** Disc slab of diameter `diameter` and thickness h, on y = 0. */
export function discSlab(diameter: number, h: number, bevel = 0.004, segments = 48): BufferGeometry {
  const s = new Shape();
  s.absarc(0, 0, diameter / 2, 0, Math.PI * 2, false);
  return slab(s, h, bevel, segments / 4);
}

/** Shrinks a convex-ish outline towards its centre by a small distance (enough for bevels). */
function insetShape(shape: Shape, by: number, curveSegments: number): Shape {
  const pts = shape.extractPoints(curveSegments).shape;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of pts) {
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const sx = (maxX - minX - 2 * by) / (maxX - minX);
  const sy = (maxY - minY - 2 * by) / (maxY - minY);
  return new Shape(pts.map((p) => new Vector2(cx + (p.x - cx) * sx, cy + (p.y - cy) * sy)));
}

/**
 * How far a roundedBox(_, h, d, radius) tilted back by `tilt` radians (rotateX(-tilt)) reaches
 * up and back from its centre: builders use it to put a raked cushion's top exactly at the
 * product's height.
 */
export function tiltedReach(h: number, d: number, radius: number, tilt: number): { up: number; back: number } {
  const r = Math.min(radius, h / 2, d / 2);
  return {
    up: (h / 2 - r) * Math.cos(tilt) + (d / 2 - r) * Math.sin(tilt) + r,
    back: (h / 2 - r) * Math.sin(tilt) + (d / 2 - r) * Math.cos(tilt) + r,
  };
}

/**
 * A splayed leg: like rod(), but its foot is lifted so the tilted end cap just touches the
 * floor at foot.y instead of sinking below it (a bounding box would otherwise grow).
 */
export function leg(foot: Vector3, top: Vector3, rFoot: number, rTop = rFoot, segments = 12): BufferGeometry {
  const dir = new Vector3().subVectors(top, foot).normalize();
  const lift = rFoot * Math.sqrt(Math.max(0, 1 - dir.y * dir.y));
  return rod(foot.clone().setY(foot.y + lift), top, rFoot, rTop, segments);
}
