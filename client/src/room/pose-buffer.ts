/**
 * Interpolation of other people's poses. Patches arrive every 50 ms with jitter; rendering a
 * little in the past (100 ms) and blending the two samples around that time gives smooth motion
 * without guessing. Plain data and functions: the frame loop reads, nothing allocates per frame.
 */

/** `[x, y, z, qx, qy, qz, qw]` */
export type PoseArray = Float32Array;

const CAP = 8;
/** Render this far behind the newest data: two patch intervals absorb network jitter. */
export const INTERPOLATION_DELAY_MS = 100;

export interface PoseTrack {
  times: Float64Array;
  poses: Float32Array;
  count: number;
  head: number;
}

export function newTrack(): PoseTrack {
  return { times: new Float64Array(CAP), poses: new Float32Array(CAP * 7), count: 0, head: 0 };
}

/** Adds a sample received at time `t` (ms). */
export function pushSample(track: PoseTrack, t: number, p: ArrayLike<number>): void {
  if (track.count) {
    const last = (track.head + CAP - 1) % CAP;
    // After a pause, restart from the resting pose one patch ago rather than easing across the gap.
    if (t - track.times[last] > 250) write(track, t - 50, track.poses.slice(last * 7, last * 7 + 7));
  }
  write(track, t, p);
}

function write(track: PoseTrack, t: number, p: ArrayLike<number>): void {
  track.times[track.head] = t;
  for (let k = 0; k < 7; k++) track.poses[track.head * 7 + k] = p[k];
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
    if (track.times[idx] <= t) a = idx;
    else {
      if (i === 0) return copy(track, idx, out);
      return blend(track, a, idx, (t - track.times[a]) / Math.max(1e-6, track.times[idx] - track.times[a]), out);
    }
  }
  return copy(track, a, out);
}

function copy(track: PoseTrack, i: number, out: PoseArray): boolean {
  for (let k = 0; k < 7; k++) out[k] = track.poses[i * 7 + k];
  return true;
}

function blend(track: PoseTrack, a: number, b: number, f: number, out: PoseArray): boolean {
  const pa = a * 7;
  const pb = b * 7;
  const P = track.poses;
  for (let k = 0; k < 3; k++) out[k] = P[pa + k] + (P[pb + k] - P[pa + k]) * f;
  // Shortest arc: q and -q are the same rotation.
  const dot = P[pa + 3] * P[pb + 3] + P[pa + 4] * P[pb + 4] + P[pa + 5] * P[pb + 5] + P[pa + 6] * P[pb + 6];
  const s = dot < 0 ? -1 : 1;
  let len = 0;
  for (let k = 3; k < 7; k++) {
    out[k] = P[pa + k] + (s * P[pb + k] - P[pa + k]) * f;
    len += out[k] * out[k];
  }
  len = Math.sqrt(len) || 1;
  for (let k = 3; k < 7; k++) out[k] /= len;
  return true;
}
