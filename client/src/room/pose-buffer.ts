/**
 * Interpolation of other people's poses. Patches arrive every 50 ms with jitter; rendering a
 * little in the past (100 ms) and blending the two samples around that time gives smooth motion
 * without guessing. Plain data and functions: the frame loop reads, nothing allocates per frame.
 */

/** `[x, y, z, qx, qy, qz, qw]`: seven slots, so `pose[3]` is a number without a check. */
export type PoseArray = Float32Array & Record<0 | 1 | 2 | 3 | 4 | 5 | 6, number>;

/** A zeroed pose to sample into; make it once, outside the frame loop. */
export function newPoseArray(): PoseArray {
  return new Float32Array(7) as PoseArray;
}

const CAP = 8;
/** Render this far behind the newest data: two patch intervals absorb network jitter. */
export const INTERPOLATION_DELAY_MS = 100;

export interface PoseTrack {
  times: Float64Array;
  poses: Float32Array;
  count: number;
  head: number;
}

/**
 * Reads a slot the ring arithmetic keeps within the track (index < CAP * 7); throws if that ever
 * breaks rather than blending `undefined` into a pose.
 */
function at(a: Float32Array | Float64Array, i: number): number {
  const v = a[i];
  if (v === undefined) throw new RangeError(`pose track index ${i} is outside its ${a.length} slots`);
  return v;
}

export function newTrack(): PoseTrack {
  return { times: new Float64Array(CAP), poses: new Float32Array(CAP * 7), count: 0, head: 0 };
}

/** Adds a sample received at time `t` (ms). */
export function pushSample(track: PoseTrack, t: number, p: ArrayLike<number>): void {
  if (track.count) {
    const last = (track.head + CAP - 1) % CAP;
    // After a pause, restart from the resting pose one patch ago rather than easing across the gap.
    if (t - at(track.times, last) > 250) write(track, t - 50, track.poses.slice(last * 7, last * 7 + 7));
  }
  write(track, t, p);
}

function write(track: PoseTrack, t: number, p: ArrayLike<number>): void {
  if (p.length !== 7) throw new RangeError(`a pose has 7 numbers, not ${p.length}`);
  track.times[track.head] = t;
  track.poses.set(p, track.head * 7);
  track.head = (track.head + 1) % CAP;
  track.count = Math.min(CAP, track.count + 1);
}

/**
 * Writes the pose at render time `t` into `out`: linear for the position, normalised linear for
 * the rotation (shortest arc). Before the first sample it holds the oldest, past the newest it holds
 * the newest (no extrapolation: a wrong guess looks worse than a short pause).
 *
 * @example samplePose(track, performance.now() - INTERPOLATION_DELAY_MS, out)
 */
export function samplePose(track: PoseTrack, t: number, out: PoseArray): boolean {
  if (!track.count) return false;
  const n = track.count;
  const oldest = (track.head + CAP - n) % CAP;
  let a = oldest;
  for (let i = 0; i < n; i++) {
    const idx = (oldest + i) % CAP;
    const tIdx = at(track.times, idx);
    if (tIdx <= t) a = idx;
    else {
      if (i === 0) return copy(track, idx, out);
      const tA = at(track.times, a);
      return blend(track, a, idx, (t - tA) / Math.max(1e-6, tIdx - tA), out);
    }
  }
  return copy(track, a, out);
}

function copy(track: PoseTrack, i: number, out: PoseArray): boolean {
  out.set(track.poses.subarray(i * 7, i * 7 + 7));
  return true;
}

function blend(track: PoseTrack, a: number, b: number, f: number, out: PoseArray): boolean {
  const pa = a * 7;
  const pb = b * 7;
  const P = track.poses;
  for (let k = 0; k < 3; k++) out[k] = at(P, pa + k) + (at(P, pb + k) - at(P, pa + k)) * f;
  // Shortest arc: q and -q are the same rotation.
  let dot = 0;
  for (let k = 3; k < 7; k++) dot += at(P, pa + k) * at(P, pb + k);
  const s = dot < 0 ? -1 : 1;
  let len = 0;
  for (let k = 3; k < 7; k++) {
    const q = at(P, pa + k) + (s * at(P, pb + k) - at(P, pa + k)) * f;
    out[k] = q;
    len += q * q;
  }
  len = Math.sqrt(len) || 1;
  out[3] /= len;
  out[4] /= len;
  out[5] /= len;
  out[6] /= len;
  return true;
}
