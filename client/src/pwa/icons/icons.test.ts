import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { drawIcon } from './draw-icon';
import { encodePng } from './png';

describe('the app icons', () => {
  it('encode as a PNG that decodes back to the same pixels', () => {
    const rgba = drawIcon({ size: 32 });
    const png = encodePng(32, 32, rgba);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(32);
    const idatAt = png.indexOf('IDAT');
    const len = png.readUInt32BE(idatAt - 4);
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + len));
    expect(raw.length).toBe((32 * 4 + 1) * 32);
    expect([...raw.subarray(1, 1 + 32 * 4)]).toEqual([...rgba.subarray(0, 32 * 4)]);
  });

  it('keep rounded transparent corners, but fill maskable icons edge to edge', () => {
    const plain = drawIcon({ size: 64 });
    const mask = drawIcon({ size: 64, maskable: true });
    expect(plain[3]).toBe(0);
    expect(mask[3]).toBe(255);
    // The centre of the V is paper white on both.
    const centre = (32 * 64 + 32) * 4;
    expect(plain[centre + 3]).toBe(255);
  });
});
