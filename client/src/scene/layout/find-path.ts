import { isWalkable, nearestWalkable, type CollisionGrid } from './collision-grid';

export interface Point2 {
  x: number;
  z: number;
}

const SQRT2 = Math.SQRT2;

/**
 * Shortest walkable route between two points (A* over the collision grid, 8 directions, no corner
 * cutting), shortened to the few corners where the direction really changes. Used by "click on
 * the floor to walk there". A goal on an obstacle's foot moves to the nearest free spot.
 * Returns null when the goal cannot be reached.
 *
 * @example findPath(grid, { x: 0, z: -2.5 }, { x: 0, z: -40 }) // [{x:0,z:-2.5}, ..., {x:0,z:-40}]
 */
export function findPath(g: CollisionGrid, from: Point2, to: Point2, maxExpanded = 200_000): Point2[] | null {
  const goal = nearestWalkable(g, to.x, to.z, 1.5);
  if (!goal) return null;
  const start = isWalkable(g, from.x, from.z) ? from : nearestWalkable(g, from.x, from.z, 1.5);
  if (!start) return null;
  const sc = cellOf(g, start);
  const gc = cellOf(g, goal);
  const n = g.cols * g.rows;
  const cost = new Float32Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const closed = new Uint8Array(n);
  const heap = new MinHeap();
  const s = sc.r * g.cols + sc.c;
  const goalIdx = gc.r * g.cols + gc.c;
  cost[s] = 0;
  heap.push(s, octile(sc.c, sc.r, gc.c, gc.r));
  let expanded = 0;
  for (let cur = heap.pop(); cur !== undefined; cur = heap.pop()) {
    if (cur === goalIdx) break;
    if (closed[cur]) continue;
    closed[cur] = 1;
    if (++expanded > maxExpanded) return null;
    const cr = Math.floor(cur / g.cols);
    const cc = cur - cr * g.cols;
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        const nr = cr + dr;
        const nc = cc + dc;
        if (nr < 0 || nc < 0 || nr >= g.rows || nc >= g.cols) continue;
        const ni = nr * g.cols + nc;
        if (g.blocked[ni] || closed[ni]) continue;
        // No squeezing diagonally between two blocked cells.
        if (dr !== 0 && dc !== 0 && (g.blocked[cr * g.cols + nc] || g.blocked[nr * g.cols + cc])) continue;
        const step = dr !== 0 && dc !== 0 ? SQRT2 : 1;
        // Unvisited cells cost Infinity, as the array was filled.
        const nextCost = (cost[cur] ?? Infinity) + step;
        if (nextCost < (cost[ni] ?? Infinity)) {
          cost[ni] = nextCost;
          parent[ni] = cur;
          heap.push(ni, nextCost + octile(nc, nr, gc.c, gc.r));
        }
      }
    }
  }
  if (s !== goalIdx && parent[goalIdx] === -1) return null;
  const cells: Point2[] = [];
  // -1 (the array's fill) is "no parent": the walk back stops there.
  for (let i = goalIdx; i !== -1 && i !== s; i = parent[i] ?? -1) cells.push(centreOf(g, i));
  cells.reverse();
  const raw = [{ x: start.x, z: start.z }, ...cells.slice(0, -1), { x: goal.x, z: goal.z }];
  return smoothPath(g, raw);
}

/**
 * Drops every corner that can be skipped in a straight walkable line (string pulling).
 * @example smoothPath(grid, points).length <= points.length
 */
export function smoothPath(g: CollisionGrid, pts: Point2[]): Point2[] {
  const [first, second, ...rest] = pts;
  if (!first || !second || !rest.length) return pts;
  const out: Point2[] = [first];
  let anchor = first;
  let prev = second;
  for (const p of rest) {
    if (!lineIsWalkable(g, anchor, p)) {
      out.push(prev);
      anchor = prev;
    }
    prev = p;
  }
  out.push(prev);
  return out;
}

/** @example lineIsWalkable(grid, a, b) // false when a shelf stands between a and b */
export function lineIsWalkable(g: CollisionGrid, a: Point2, b: Point2): boolean {
  const d = Math.hypot(b.x - a.x, b.z - a.z);
  const steps = Math.max(1, Math.ceil(d / (g.cell * 0.5)));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    if (!isWalkable(g, a.x + (b.x - a.x) * t, a.z + (b.z - a.z) * t)) return false;
  }
  return true;
}

function cellOf(g: CollisionGrid, p: Point2) {
  return { c: Math.floor((p.x - g.minX) / g.cell), r: Math.floor((p.z - g.minZ) / g.cell) };
}

function centreOf(g: CollisionGrid, i: number): Point2 {
  const r = Math.floor(i / g.cols);
  const c = i - r * g.cols;
  return { x: g.minX + (c + 0.5) * g.cell, z: g.minZ + (r + 0.5) * g.cell };
}

function octile(c0: number, r0: number, c1: number, r1: number) {
  const dx = Math.abs(c1 - c0);
  const dz = Math.abs(r1 - r0);
  return Math.max(dx, dz) + (SQRT2 - 1) * Math.min(dx, dz);
}

/**
 * Binary heap of (index, priority). Its reads use `!` where the heap arithmetic keeps the index in
 * the arrays: a parent `(i - 1) >> 1` of an index `i` below the length, children checked against `n`.
 */
class MinHeap {
  private ids: number[] = [];
  private pri: number[] = [];
  get size() {
    return this.ids.length;
  }
  push(id: number, p: number) {
    const ids = this.ids;
    const pri = this.pri;
    let i = ids.length;
    ids.push(id);
    pri.push(p);
    while (i > 0) {
      const up = (i - 1) >> 1;
      const upP = pri[up]!;
      if (upP <= p) break;
      ids[i] = ids[up]!;
      pri[i] = upP;
      i = up;
    }
    ids[i] = id;
    pri[i] = p;
  }
  /** The index of lowest priority, taken out; undefined when the heap is empty. */
  pop(): number | undefined {
    const ids = this.ids;
    const pri = this.pri;
    const top = ids[0];
    const lastId = ids.pop();
    const lastP = pri.pop();
    if (top === undefined || lastId === undefined || lastP === undefined) return undefined;
    const n = ids.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && pri[r]! < pri[l]! ? r : l;
        const mP = pri[m]!;
        if (mP >= lastP) break;
        ids[i] = ids[m]!;
        pri[i] = mP;
        i = m;
      }
      ids[i] = lastId;
      pri[i] = lastP;
    }
    return top;
  }
}
