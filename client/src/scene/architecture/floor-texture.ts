import { CanvasTexture, SRGBColorSpace } from 'three';
import { footprint, itemBox, type PlacedItem } from '../layout/placed-item';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

const DEG = Math.PI / 180;
const FINISH = { concrete: '#a29c93', oak: '#a9805a', mat: '#4a4f52', terrazzo: '#d6cfc2' } as const;

/**
 * The floor as one canvas texture: finishes per zone (concrete, oak planks, terrazzo, door mat),
 * brighter bands under the light rows and soft contact shadows under every fixture and piece of
 * furniture standing on the floor. Lighting that looks baked, for the price of one texture.
 *
 * @example floor.material.map = drawFloorTexture(layout, items)
 */
export function drawFloorTexture(layout: StoreLayout, items: readonly PlacedItem[], width = 1024): CanvasTexture {
  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const W = maxX - minX;
  const D = maxZ - minZ;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round((width * D) / W);
  const ctx = canvas.getContext('2d')!;
  const k = width / W;
  // Canvas rows run from the entrance (maxZ, top) to the back wall (v = 0 at the bottom).
  const px = (x: number) => (x - minX) * k;
  const py = (z: number) => (maxZ - z) * k;

  ctx.fillStyle = FINISH.concrete;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  grain(ctx, canvas.width, canvas.height);

  // Light from the ceiling rows.
  const { spacingX } = layout.ceilingLights;
  for (let x = Math.ceil((minX + 1) / spacingX) * spacingX; x <= maxX - 1; x += spacingX) {
    const g = ctx.createLinearGradient(px(x - spacingX / 2), 0, px(x + spacingX / 2), 0);
    g.addColorStop(0, 'rgba(255,255,255,0)');
    g.addColorStop(0.5, 'rgba(255,255,250,0.16)');
    g.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = g;
    ctx.fillRect(px(x - spacingX / 2), 0, spacingX * k, canvas.height);
  }

  for (const zone of layout.floors) {
    const [x0, z0, x1, z1] = zone.rect;
    const rx = px(x0);
    const ry = py(z1);
    const rw = (x1 - x0) * k;
    const rh = (z1 - z0) * k;
    ctx.fillStyle = FINISH[zone.finish];
    ctx.fillRect(rx, ry, rw, rh);
    if (zone.finish === 'oak') planks(ctx, rx, ry, rw, rh, k);
  }
  ctx.drawImage(contactShadows(layout, items, canvas.width, canvas.height, k, px, py), 0, 0, canvas.width, canvas.height);

  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

function planks(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, k: number) {
  const plank = 0.2 * k;
  let shade = 0;
  for (let py = y; py < y + h; py += plank) {
    ctx.fillStyle = shade++ % 2 ? 'rgba(80,50,20,0.08)' : 'rgba(255,240,220,0.06)';
    ctx.fillRect(x, py, w, plank);
    ctx.fillStyle = 'rgba(60,40,20,0.25)';
    ctx.fillRect(x, py, w, 1);
    const offset = ((shade * 37) % 10) * 0.12 * k;
    for (let px = x + offset; px < x + w; px += 1.2 * k) ctx.fillRect(px, py, 1, plank);
  }
}

/**
 * Fine grain written pixel by pixel (deterministic, no Math.random, so screenshots compare):
 * one putImageData instead of thousands of draw calls, which a software-rendered canvas pays for.
 */
function grain(ctx: CanvasRenderingContext2D, w: number, h: number) {
  const img = ctx.getImageData(0, 0, w, h);
  const d = img.data;
  let seed = 1234567;
  // RGBA: i < d.length on a multiple of 4, so i + 1 and i + 2 are in the image too.
  for (let i = 0; i < d.length; i += 4) {
    seed = (seed * 16807) % 2147483647;
    const n = ((seed & 0xff) - 128) / 128;
    const v = n > 0.92 ? -18 : n * 5;
    d[i] = Math.max(0, Math.min(255, d[i]! + v));
    d[i + 1] = Math.max(0, Math.min(255, d[i + 1]! + v));
    d[i + 2] = Math.max(0, Math.min(255, d[i + 2]! + v));
  }
  ctx.putImageData(img, 0, 0);
}

/**
 * Soft shadows under fixtures and furniture: drawn sharp at a quarter of the resolution and
 * blurred once (a blur filter on every shape costs a full-canvas pass per shape).
 */
function contactShadows(
  layout: StoreLayout, items: readonly PlacedItem[], width: number, height: number, k: number,
  px: (x: number) => number, py: (z: number) => number,
): HTMLCanvasElement {
  const scale = 0.25;
  const small = document.createElement('canvas');
  small.width = Math.ceil(width * scale);
  small.height = Math.ceil(height * scale);
  const s = small.getContext('2d')!;
  s.scale(scale, scale);
  const rect = (cx: number, cz: number, hw: number, hd: number, rotY: number, alpha: number, grow = 0.08) => {
    s.save();
    s.translate(px(cx), py(cz));
    s.rotate(rotY);
    s.fillStyle = `rgba(40,35,30,${alpha})`;
    s.fillRect(-(hw + grow) * k, -(hd + grow) * k, 2 * (hw + grow) * k, 2 * (hd + grow) * k);
    s.restore();
  };
  for (const f of layout.fixtures) {
    if (f.type === 'shelving') rect(f.x, f.z, f.length / 2, f.depth / 2, f.rotYDeg * DEG, 0.36);
    else if (f.type === 'pile' || f.type === 'table') rect(f.x, f.z, f.w / 2, f.d / 2, f.rotYDeg * DEG, 0.36);
    else if (f.type === 'counter') rect(f.x, f.z, f.w / 2, f.d / 2, f.rotYDeg * DEG, 0.36);
    else if (f.type === 'podium') {
      s.fillStyle = 'rgba(40,35,30,0.36)';
      s.beginPath();
      s.arc(px(f.x), py(f.z), (f.radius + 0.1) * k, 0, Math.PI * 2);
      s.fill();
    }
  }
  for (const it of items) {
    if (it.source === 'shelf' || it.kind === 'wall' || it.y > 0.05 || it.size.h < 0.1) continue;
    const b = itemBox(it);
    const [x0, , x1] = footprint(b);
    if (x1 - x0 > 0) rect(b.cx, b.cz, b.hx * 0.92, b.hz * 0.92, b.rotY, 0.3, 0.03);
  }
  const out = document.createElement('canvas');
  out.width = small.width;
  out.height = small.height;
  const o = out.getContext('2d')!;
  o.filter = 'blur(2px)';
  o.drawImage(small, 0, 0);
  return out;
}
