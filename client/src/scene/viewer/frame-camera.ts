import { type Box3, MathUtils, Vector3, type PerspectiveCamera } from '../lite/three';

const corner = new Vector3();
const dir = new Vector3();

/**
 * The distance along (azimuth, elevation) at which the box's projected corners fill `fill` of the
 * smaller side of the frame, for the camera's fov and aspect.
 *
 * @example const d = fitDistance(camera, box, centre, 0.6, 0.3, 0.8)
 */
export function fitDistance(camera: PerspectiveCamera, box: Box3, target: Vector3, az: number, el: number, fill: number): number {
  dir.set(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el));
  const radius = box.getSize(corner).length() / 2;
  let lo = radius * 0.3;
  let hi = radius * 30;
  for (let i = 0; i < 28; i++) {
    const mid = (lo + hi) / 2;
    camera.position.copy(target).addScaledVector(dir, mid);
    camera.lookAt(target);
    camera.updateMatrixWorld();
    let extent = 0;
    for (let c = 0; c < 8; c++) {
      corner.set(c & 1 ? box.max.x : box.min.x, c & 2 ? box.max.y : box.min.y, c & 4 ? box.max.z : box.min.z).project(camera);
      extent = Math.max(extent, Math.abs(corner.x), Math.abs(corner.y));
    }
    if (extent > fill) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Azimuth and elevation (radians) of the first view, like the posters: three-quarter, slightly above. */
export function homeAngles(placement: string, size: Vector3): [number, number] {
  const deg = MathUtils.degToRad;
  if (placement === 'wall') return [deg(24), deg(6)];
  if (size.y < 0.05) return [deg(30), deg(50)];
  if (size.y < 0.5 && Math.max(size.x, size.z) > 0.8) return [deg(32), deg(28)];
  if (placement === 'table') return [deg(30), deg(14)];
  return [deg(34), deg(18)];
}
