/**
 * Stamps each simulated pose with its send time so any process can tell how old a pose is when
 * it is seen: the head's x carries the time modulo 5 s, in steps far finer than a millisecond
 * after the wire's 16-bit quantisation (200 m over 5 s: 4 mm is 0.1 ms). Every process on the
 * machine reads the same clock (`performance.timeOrigin + performance.now()`).
 */
const PERIOD_MS = 5000;
const X0 = -100;
const M_PER_MS = 200 / PERIOD_MS;

/** Milliseconds on a clock shared by every process of this machine. */
export const wallNow = () => performance.timeOrigin + performance.now();

/** The next pose of simulated VR user `i`: head and both hands, gently moving, stamped with `now`. */
export function stampedPose(i: number, now: number): { h: number[]; l: number[]; r: number[] } {
  const t = now / 1000 + i;
  const yaw = Math.sin(t * 0.7) * 0.8;
  const q = [0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2)];
  const x = X0 + (now % PERIOD_MS) * M_PER_MS;
  const z = ((i % 20) - 10) * 1.5 + Math.sin(t) * 0.2;
  return {
    h: [x, 1.6 + Math.sin(t * 3) * 0.02, z, ...q],
    l: [Math.sin(t * 2) * 0.3 - 0.25, 1.1 + Math.cos(t * 2) * 0.05, z - 0.2, ...q],
    r: [Math.cos(t * 2) * 0.3 + 0.25, 1.1 + Math.sin(t * 2) * 0.05, z - 0.2, ...q],
  };
}

/** How long ago (ms) a pose whose head x is `x` was sent, seen at `now`. */
export function ageOf(x: number, now: number): number {
  const sent = (x - X0) / M_PER_MS;
  return (((now % PERIOD_MS) - sent) % PERIOD_MS + PERIOD_MS) % PERIOD_MS;
}

/** Remembers the last x seen per observer and participant, so each pose is timed once. */
export class SeenPoses {
  private readonly last = new Map<string, number>();
  /** The age of this pose if it is new to this observer, else undefined. */
  seen(observer: string, participant: string, x: number, now: number): number | undefined {
    const key = `${observer}/${participant}`;
    if (this.last.get(key) === x) return undefined;
    this.last.set(key, x);
    return ageOf(x, now);
  }
}
