import { type Pose, yawOf } from './pose';

export interface Spot {
  x: number;
  y: number;
  z: number;
  /** Heading to face, radians about +y. */
  yaw: number;
}

/**
 * Where each follower lands when the leader says "follow me": on an arc in front of the leader,
 * facing them, at least a metre apart, so nobody lands inside anybody. Floor height is 0; the
 * client keeps its own eye height.
 *
 * @example followSpots({x: 0, y: 1.7, z: 0, qx: 0, qy: 0, qz: 0, qw: 1}, 1)[0] // about {x: 0, z: -1.6, yaw: pi}
 */
export function followSpots(leader: Pose, count: number): Spot[] {
  const yaw = yawOf(leader);
  const spots: Spot[] = [];
  for (let i = 0; i < count; i++) {
    // Rows of up to 5 on arcs of growing radius, centred on the leader's line of sight.
    const row = Math.floor(i / 5);
    const inRow = i % 5;
    const radius = 1.6 + row * 1.1;
    const offset = (inRow % 2 === 0 ? 1 : -1) * Math.ceil(inRow / 2) * (1.1 / radius);
    const a = yaw + offset;
    const x = leader.x - Math.sin(a) * radius;
    const z = leader.z - Math.cos(a) * radius;
    spots.push({ x, y: 0, z, yaw: Math.atan2(x - leader.x, z - leader.z) });
  }
  return spots;
}
