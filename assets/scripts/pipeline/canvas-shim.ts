import { Raster } from '../lib/raster';

/*
 * USDZExporter turns texture images into PNG files through a 2D canvas, which Node lacks.
 * This shim provides just what it calls (createElement('canvas'), translate, scale,
 * drawImage, toBlob) for images that are Rasters, the only kind our textures use.
 */

class ShimContext {
  private flipY = false;
  constructor(private readonly canvas: ShimCanvas) {}

  translate(): void {}

  scale(_x: number, y: number): void {
    if (y < 0) this.flipY = !this.flipY;
  }

  drawImage(image: Raster, _x: number, _y: number, w: number, h: number): void {
    if (w !== image.width || h !== image.height) throw new Error('canvas shim: textures must not be resized (keep them <= maxTextureSize)');
    const out = new Raster(w, h);
    for (let y = 0; y < h; y++) {
      const src = (this.flipY ? h - 1 - y : y) * w * 4;
      out.data.set(image.data.subarray(src, src + w * 4), y * w * 4);
    }
    this.canvas.raster = out;
  }
}

class ShimCanvas {
  width = 0;
  height = 0;
  raster: Raster | undefined;

  getContext(kind: string): ShimContext {
    if (kind !== '2d') throw new Error(`canvas shim: no ${kind} context`);
    return new ShimContext(this);
  }

  toBlob(callback: (blob: Blob) => void, mime = 'image/png'): void {
    if (mime !== 'image/png' || !this.raster) throw new Error('canvas shim: can only encode drawn PNGs');
    callback(new Blob([this.raster.toPng() as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  }
}

/**
 * Runs `fn` with a fake `document` and `ImageBitmap` installed, then removes them so nothing
 * else in the process mistakes Node for a browser.
 */
export async function withCanvasShim<T>(fn: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, ImageBitmap: g.ImageBitmap };
  g.document = { createElement: (tag: string) => (tag === 'canvas' ? new ShimCanvas() : undefined) };
  g.ImageBitmap = Raster;
  try {
    return await fn();
  } finally {
    g.document = saved.document;
    g.ImageBitmap = saved.ImageBitmap;
    if (saved.document === undefined) delete g.document;
    if (saved.ImageBitmap === undefined) delete g.ImageBitmap;
  }
}
