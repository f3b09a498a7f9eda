import { describe, expect, it } from 'vitest';
import { analyserSizeFor, loudestFrameRms, SPEAKING_POLL_MS, SPEAKING_RMS } from './voice-level';

/** `ms` of silence with a 400 Hz beep of `beepMs` at amplitude `amp` starting at `atMs`. */
function beep(rate: number, ms: number, atMs: number, beepMs: number, amp: number): Float32Array {
  const out = new Float32Array(Math.round((rate * ms) / 1000));
  const from = Math.round((rate * atMs) / 1000);
  const to = Math.min(out.length, from + Math.round((rate * beepMs) / 1000));
  for (let i = from; i < to; i++) out[i] = amp * Math.sin((2 * Math.PI * 400 * i) / rate);
  return out;
}

describe('speaking detection', () => {
  it('holds every sample between two polls, at the usual sample rates', () => {
    for (const rate of [16_000, 44_100, 48_000, 96_000]) {
      const n = analyserSizeFor(rate, SPEAKING_POLL_MS);
      expect(n & (n - 1)).toBe(0);
      expect((n / rate) * 1000).toBeGreaterThanOrEqual(SPEAKING_POLL_MS);
    }
    expect(analyserSizeFor(48_000, 100)).toBe(8192);
    expect(analyserSizeFor(1_000_000, 100)).toBe(32768);
  });

  it('hears a 20 ms sound anywhere in the window, even where the whole-window RMS would not', () => {
    const rate = 48_000;
    const size = analyserSizeFor(rate, SPEAKING_POLL_MS);
    for (const at of [0, 40, 100, 150]) {
      const s = beep(rate, (size / rate) * 1000, at, 20, 0.05);
      expect(loudestFrameRms(s, rate / 100)).toBeGreaterThan(SPEAKING_RMS);
    }
    const quiet = beep(rate, (size / rate) * 1000, 60, 20, 0.05);
    let sum = 0;
    for (const v of quiet) sum += v * v;
    expect(Math.sqrt(sum / quiet.length)).toBeLessThan(SPEAKING_RMS);
  });

  it('stays quiet on silence and on a low hum', () => {
    expect(loudestFrameRms(new Float32Array(8192), 480)).toBe(0);
    expect(loudestFrameRms(beep(48_000, 170, 0, 170, 0.01), 480)).toBeLessThan(SPEAKING_RMS);
  });
});
