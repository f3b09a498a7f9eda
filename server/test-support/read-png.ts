import { inflateSync } from 'node:zlib';

/**
 * Decodes an 8-bit, non-interlaced PNG (greyscale, RGB, palette or RGBA, as the `qrcode` package
 * writes them) into RGBA pixels, for tests that read a picture back (a QR code in a mail).
 *
 * @example const { width, height, data } = readPng(buffer); jsQR(data, width, height)
 */
export function readPng(buf: Buffer): { width: number; height: number; data: Uint8ClampedArray } {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0, height = 0, colorType = 0, depth = 0;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('ascii', at + 4, at + 8);
    const chunk = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      depth = chunk[8];
      colorType = chunk[9];
      if (chunk[12] !== 0) throw new Error('interlaced PNG');
    } else if (type === 'PLTE') palette = chunk;
    else if (type === 'IDAT') idat.push(chunk);
    at += 12 + len;
  }
  if (depth !== 8) throw new Error(`bit depth ${depth}`);
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    const rgba = colorType === 6 ? [pixels[s], pixels[s + 1], pixels[s + 2], pixels[s + 3]]
      : colorType === 2 ? [pixels[s], pixels[s + 1], pixels[s + 2], 255]
      : colorType === 3 ? [palette![pixels[s] * 3], palette![pixels[s] * 3 + 1], palette![pixels[s] * 3 + 2], 255]
      : colorType === 4 ? [pixels[s], pixels[s], pixels[s], pixels[s + 1]]
      : [pixels[s], pixels[s], pixels[s], 255];
    data.set(rgba, i * 4);
  }
  return { width, height, data };
}
