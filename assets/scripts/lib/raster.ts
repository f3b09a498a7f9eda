import { deflateSync } from 'node:zlib';

/**
 * An 8-bit RGBA image drawn pixel by pixel in Node, where no canvas exists.
 * Procedural textures (wood grain, the framed print) are painted into one and stored as PNG.
 *
 * @example const r = new Raster(4, 4); r.set(0, 0, [255, 0, 0, 255]); r.toPng();
 */
export class Raster {
  readonly data: Uint8ClampedArray;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }

  set(x: number, y: number, rgba: readonly number[]): void {
    const i = (y * this.width + x) * 4;
    // A missing channel is written as 0, as the clamped array stores undefined; alpha defaults to opaque.
    const [r = 0, g = 0, b = 0, a = 255] = rgba;
    this.data[i] = r;
    this.data[i + 1] = g;
    this.data[i + 2] = b;
    this.data[i + 3] = a;
  }

  /** Fills every pixel from a function of normalised coordinates (u right, v down). */
  paint(fn: (u: number, v: number, x: number, y: number) => readonly number[]): this {
    for (let y = 0; y < this.height; y++)
      for (let x = 0; x < this.width; x++) this.set(x, y, fn((x + 0.5) / this.width, (y + 0.5) / this.height, x, y));
    return this;
  }

  /** Encodes as an RGBA PNG (filter 0 on every row: simple and deterministic). */
  toPng(): Uint8Array {
    const stride = this.width * 4;
    const raw = Buffer.alloc((stride + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (stride + 1)] = 0;
      Buffer.from(this.data.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1);
    }
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method variants, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw, { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  // `& 0xff` keeps the index within the 256 entries.
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
