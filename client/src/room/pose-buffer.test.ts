import { describe, expect, it } from 'vitest';
import { newPoseArray, newTrack, pushSample, samplePose } from './pose-buffer';

describe('pose interpolation', () => {
  it('blends position linearly and rotation along the shortest arc between the samples around t', () => {
    const t = newTrack();
    pushSample(t, 0, [0, 1.6, 0, 0, 0, 0, 1]);
    const s = Math.SQRT1_2;
    pushSample(t, 100, [2, 1.6, 0, 0, -s, 0, -s]); // the same as +90° about y, sign flipped
    const out = newPoseArray();
    samplePose(t, 50, out);
    expect(out[0]).toBeCloseTo(1, 5);
    // Halfway to 90° about y is 45°: qy = sin(22.5°) > 0 despite the flipped sign.
    expect(out[4]).toBeCloseTo(Math.sin(Math.PI / 8), 2);
    expect(Math.hypot(out[3], out[4], out[5], out[6])).toBeCloseTo(1, 5);
  });

  it('holds the newest pose past the end and the oldest before the start', () => {
    const t = newTrack();
    const out = newPoseArray();
    expect(samplePose(t, 0, out)).toBe(false);
    pushSample(t, 10, [1, 0, 0, 0, 0, 0, 1]);
    pushSample(t, 20, [2, 0, 0, 0, 0, 0, 1]);
    samplePose(t, 999, out);
    expect(out[0]).toBe(2);
    samplePose(t, 0, out);
    expect(out[0]).toBe(1);
  });

  it('keeps a bounded history, and restarts crisply after a pause', () => {
    const t = newTrack();
    for (let i = 0; i < 50; i++) pushSample(t, i * 50, [i, 0, 0, 0, 0, 0, 1]);
    expect(t.count).toBe(8);
    pushSample(t, 5000, [60, 0, 0, 0, 0, 0, 1]);
    const out = newPoseArray();
    samplePose(t, 4000, out);
    expect(out[0]).toBe(49);
    samplePose(t, 4975, out);
    expect(out[0]).toBeCloseTo(54.5, 5);
  });
});
