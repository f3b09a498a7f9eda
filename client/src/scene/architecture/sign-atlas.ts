import { BufferAttribute, CanvasTexture, PlaneGeometry, SRGBColorSpace, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Locale } from '../../../../shared/i18n-text';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/fr';
import type { Placement } from '../layout/place-products';
import type { StoreLayout } from '../../../../shared/store-layout/store-layout-schema';
import { storeText } from '../store-messages';

const DEG = Math.PI / 180;
const PX_PER_M = 128;
const BG = { aisle: '#2f4a3a', zone: '#b4623f', service: '#1f2a2e', label: '#f4f1ea' } as const;

interface Face {
  w: number;
  h: number;
  x: number;
  y: number;
  z: number;
  rotY: number;
  style: keyof typeof BG;
  primary: string;
  badge?: string;
  /** Counter labels are one-sided; hanging signs are printed on both faces. */
  twoSided: boolean;
}

/**
 * Every sign of the store painted into one canvas atlas, in the visitor's language, with the
 * quads that show it: all text in the store is one texture and one draw call. Signs tied to a
 * fixture list the categories actually stocked there (see placeProducts).
 *
 * @example const { geometry, texture } = buildSignAtlas(layout, placement, 'fr')
 */
export function buildSignAtlas(layout: StoreLayout, placement: Placement, locale: Locale): { geometry: BufferGeometry; texture: CanvasTexture } {
  const faces = signFaces(layout, placement, locale);
  // Shelf-pack the faces into rows of a 2048-pixel-wide canvas.
  const W = 2048;
  const placed: Array<{ f: (typeof faces)[number]; r: { x: number; y: number; w: number; h: number } }> = [];
  let cx = 0;
  let cy = 0;
  let rowH = 0;
  for (const f of faces) {
    const w = Math.ceil(f.w * PX_PER_M);
    const h = Math.ceil(f.h * PX_PER_M);
    if (cx + w > W) {
      cx = 0;
      cy += rowH + 2;
      rowH = 0;
    }
    placed.push({ f, r: { x: cx, y: cy, w, h } });
    cx += w + 2;
    rowH = Math.max(rowH, h);
  }
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = Math.max(4, cy + rowH);
  const ctx = canvas.getContext('2d')!;
  for (const { f, r } of placed) paint(ctx, f, r);

  const quads: BufferGeometry[] = [];
  for (const { f, r } of placed) {
    const u0 = r.x / W;
    const u1 = (r.x + r.w) / W;
    const v1 = 1 - r.y / canvas.height;
    const v0 = 1 - (r.y + r.h) / canvas.height;
    for (const side of f.twoSided ? [1, -1] : [1]) {
      const q = new PlaneGeometry(f.w, f.h);
      q.setAttribute('uv', new BufferAttribute(new Float32Array([u0, v1, u1, v1, u0, v0, u1, v0]), 2));
      if (side === -1) q.rotateY(Math.PI);
      q.translate(0, 0, side * 0.022);
      q.rotateY(f.rotY);
      q.translate(f.x, f.y, f.z);
      quads.push(q);
    }
  }
  const geometry = mergeGeometries(quads, false)!;
  for (const q of quads) q.dispose();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return { geometry, texture };
}

function signFaces(layout: StoreLayout, placement: Placement, locale: Locale): Face[] {
  const faces: Face[] = [];
  const fixtures = new Map(layout.fixtures.map((f) => [f.id, f]));
  for (const s of layout.signs) {
    let primary = s.text?.[locale] ?? '';
    let badge: string | undefined;
    if (s.forFixture) {
      const cats = placement.categoriesByFixture.get(s.forFixture) ?? [];
      primary = cats.length ? cats.map((c) => translate(locale, `category.${c}` as MessageKey)).join(' · ') : storeText(locale, 'restocking');
      const f = fixtures.get(s.forFixture);
      if (f?.type === 'shelving' && f.aisle) badge = String(f.aisle);
    }
    faces.push({ w: s.w, h: s.h, x: s.x, y: s.y, z: s.z, rotY: s.rotYDeg * DEG, style: s.style, primary, badge, twoSided: true });
  }
  for (const f of layout.fixtures) {
    if (f.type !== 'counter') continue;
    const r = f.rotYDeg * DEG;
    const out = f.d / 2 + 0.004;
    faces.push({
      w: Math.min(f.w * 0.8, 4), h: 0.26, x: f.x + Math.sin(r) * out, y: f.h * 0.62, z: f.z + Math.cos(r) * out, rotY: r,
      style: 'label', primary: f.label[locale], twoSided: false,
    });
  }
  return faces;
}

function paint(ctx: CanvasRenderingContext2D, f: Face, r: { x: number; y: number; w: number; h: number }) {
  ctx.fillStyle = BG[f.style];
  ctx.fillRect(r.x, r.y, r.w, r.h);
  const ink = f.style === 'label' ? '#1f2a2e' : '#ffffff';
  let left = r.x + r.h * 0.25;
  if (f.badge) {
    const rad = r.h * 0.34;
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(r.x + r.h * 0.5, r.y + r.h / 2, rad, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = BG[f.style];
    ctx.font = `700 ${Math.round(rad * 1.3)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(f.badge, r.x + r.h * 0.5, r.y + r.h / 2 + 1);
    left = r.x + r.h;
  }
  const maxW = r.x + r.w - left - r.h * 0.25;
  const cx = f.badge ? left : (left + r.x + r.w - r.h * 0.25) / 2;
  ctx.fillStyle = ink;
  ctx.textBaseline = 'middle';
  ctx.textAlign = f.badge ? 'left' : 'center';
  // One line when it fits at a readable size, else two lines (long category lists).
  const one = fitFont(ctx, f.primary, maxW, Math.round(r.h * 0.5));
  const parts = f.primary.split(' · ');
  if (one >= r.h * 0.36 || parts.length < 2) {
    ctx.font = `600 ${one}px system-ui, sans-serif`;
    ctx.fillText(f.primary, cx, r.y + r.h / 2 + 1);
    return;
  }
  const half = Math.ceil(parts.length / 2);
  const lines = [parts.slice(0, half).join(' · '), parts.slice(half).join(' · ')] as const;
  const size = Math.min(...lines.map((l) => fitFont(ctx, l, maxW, Math.round(r.h * 0.36))));
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  ctx.fillText(lines[0], cx, r.y + r.h * 0.3 + 1);
  ctx.fillText(lines[1], cx, r.y + r.h * 0.7 + 1);
}

/** The largest font size (down to 10 px) at which `text` fits in `maxW`. */
function fitFont(ctx: CanvasRenderingContext2D, text: string, maxW: number, start: number): number {
  let size = start;
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  while (ctx.measureText(text).width > maxW && size > 10) {
    size -= 2;
    ctx.font = `600 ${size}px system-ui, sans-serif`;
  }
  return size;
}
