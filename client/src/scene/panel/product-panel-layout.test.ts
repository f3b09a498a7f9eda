import { describe, expect, it } from 'vitest';
import { layoutProductPanel, PANEL_H, PANEL_W } from './product-panel-layout';
import { regionAt, uvToCanvas } from './panel-regions';

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('product panel layout (in-scene panel controls)', () => {
  const regions = layoutProductPanel({ view: 'info', variantCount: 4, rowIds: ['ship', 'store-lyon', 'store-paris', 'store-bordeaux'] });

  it('has every control inside the panel and no two controls overlapping', () => {
    for (const r of regions) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(PANEL_W);
      expect(r.y + r.h).toBeLessThanOrEqual(PANEL_H);
    }
    for (let i = 0; i < regions.length; i++) for (let j = i + 1; j < regions.length; j++) expect(overlaps(regions[i]!, regions[j]!)).toBe(false);
  });

  it('offers add to cart, view in AR, pick up, close, one swatch per variant and one row per store', () => {
    const types = regions.map((r) => r.action.type);
    for (const t of ['add', 'ar', 'hold', 'close']) expect(types).toContain(t);
    expect(types.filter((t) => t === 'variant')).toHaveLength(4);
    expect(types.filter((t) => t === 'fulfil')).toHaveLength(4);
  });

  it('maps a pointer uv to the control under it', () => {
    const add = regions.find((r) => r.action.type === 'add')!;
    const u = (add.x + add.w / 2) / PANEL_W;
    const v = 1 - (add.y + add.h / 2) / PANEL_H;
    const { x, y } = uvToCanvas(u, v, PANEL_W, PANEL_H);
    expect(regionAt(regions, x, y)?.action).toEqual({ type: 'add' });
    expect(regionAt(regions, 2, 2)).toBeNull();
  });

  it('shows only a way back on the QR view', () => {
    const qr = layoutProductPanel({ view: 'qr', variantCount: 4, rowIds: ['ship'] });
    expect(qr.map((r) => r.action.type).sort()).toEqual(['back', 'close']);
  });
});
