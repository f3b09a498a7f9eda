/** Closer than this (on the floor plane) and two people stand inside each other. */
export const PERSONAL_SPACE_M = 0.6;

/**
 * In front first (a conversation distance away, so both see each other), then a little to
 * either side, then beside and behind: metres along (right, back) of the arriving person.
 */
const CANDIDATES: readonly (readonly [number, number])[] = [
  [0, -1.5], [0.9, -1.5], [-0.9, -1.5], [0, -2.5], [1, 0], [-1, 0], [0, 1.2], [1, 1.2], [-1, 1.2],
];

/**
 * Where to stand instead when arriving on top of someone: everyone enters a session at the
 * store's door, and two avatars in one spot see nothing of each other. Returns the first nearby
 * spot at least `PERSONAL_SPACE_M` from everybody, turned to face the person arrived on (heading
 * `yaw` looks along (-sin, -cos), as the store's camera does); null when nobody is too close (or
 * no spot is free: then staying is as good as any).
 *
 * @example stepAside({ x: 0, z: 0, yaw: 0 }, [{ x: 0.1, z: 0 }]) // { x: 0, z: -1.5, yaw: about pi }
 */
export function stepAside(me: { x: number; z: number; yaw: number }, others: readonly { x: number; z: number }[]): { x: number; z: number; yaw: number } | null {
  const clear = (x: number, z: number) => others.every((o) => Math.hypot(o.x - x, o.z - z) >= PERSONAL_SPACE_M);
  if (clear(me.x, me.z)) return null;
  const nearest = others.reduce((a, b) => (Math.hypot(b.x - me.x, b.z - me.z) < Math.hypot(a.x - me.x, a.z - me.z) ? b : a));
  // Heading yaw looks along (-sin, -cos); right is (cos, -sin), back is (sin, cos).
  const rx = Math.cos(me.yaw);
  const rz = -Math.sin(me.yaw);
  const bx = Math.sin(me.yaw);
  const bz = Math.cos(me.yaw);
  for (const [right, back] of CANDIDATES) {
    const x = me.x + right * rx + back * bx;
    const z = me.z + right * rz + back * bz;
    if (clear(x, z)) return { x, z, yaw: Math.atan2(-(nearest.x - x), -(nearest.z - z)) };
  }
  return null;
}
