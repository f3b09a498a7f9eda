/**
 * Speaking detection maths, kept apart from WebAudio so it can be tested: the microphone is
 * polled every `SPEAKING_POLL_MS`, and each poll must see every sample since the previous one.
 * A 512-sample analyser polled every 100 ms saw a tenth of the sound: short sounds (plosives,
 * a clipped word, the 20-30 ms beeps of Chromium's fake microphone) fell between polls, and
 * whole-window RMS would dilute them; the loudest 10 ms frame of the window catches them.
 */
export const SPEAKING_POLL_MS = 100;
/** RMS of one 10 ms frame above which someone is speaking. */
export const SPEAKING_RMS = 0.02;

/**
 * The smallest analyser size (a power of two, 32 to 32768) holding at least `ms` of audio plus a
 * quarter for timer jitter.
 *
 * @example analyserSizeFor(48_000, 100) // 8192 (171 ms)
 */
export function analyserSizeFor(sampleRate: number, ms: number): number {
  const needed = (sampleRate * ms * 1.25) / 1000;
  return Math.min(32768, Math.max(32, 2 ** Math.ceil(Math.log2(needed))));
}

/**
 * The loudest RMS over consecutive frames of `frame` samples (the last, shorter one included).
 *
 * @example loudestFrameRms(samples, Math.round(sampleRate / 100)) > SPEAKING_RMS
 */
export function loudestFrameRms(samples: Float32Array, frame: number): number {
  let loudest = 0;
  for (let start = 0; start < samples.length; start += frame) {
    const end = Math.min(samples.length, start + frame);
    let sum = 0;
    for (const s of samples.subarray(start, end)) sum += s * s;
    loudest = Math.max(loudest, Math.sqrt(sum / (end - start)));
  }
  return loudest;
}
