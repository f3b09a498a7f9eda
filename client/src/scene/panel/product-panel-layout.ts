import type { Region } from './panel-regions';

export type PanelAction =
  | { type: 'close' }
  | { type: 'variant'; id: string }
  | { type: 'fulfil'; id: string }
  | { type: 'add' }
  | { type: 'ar' }
  | { type: 'hold' }
  | { type: 'back' };

export interface PanelShape {
  view: 'info' | 'qr';
  variantCount: number;
  /** Delivery first, then the stores. */
  rowIds: readonly string[];
}

export const PANEL_W = 1024;
export const PANEL_H = 920;
const PAD = 48;

/**
 * Where every control of the product panel goes, for a given number of variants and stores.
 * Pure, so the drawing and the hit testing cannot disagree, and testable without a canvas.
 *
 * @example layoutProductPanel({ view: 'info', variantCount: 3, rowIds: ['ship', 'store-lyon'] })
 */
export function layoutProductPanel(shape: PanelShape): Region<PanelAction>[] {
  const regions: Region<PanelAction>[] = [{ action: { type: 'close' }, x: PANEL_W - 96, y: 24, w: 72, h: 72 }];
  if (shape.view === 'qr') {
    regions.push({ action: { type: 'back' }, x: PAD, y: PANEL_H - 120, w: PANEL_W - 2 * PAD, h: 84 });
    return regions;
  }
  let y = 300;
  for (let i = 0; i < shape.variantCount; i++) regions.push({ action: { type: 'variant', id: String(i) }, x: PAD + i * 76, y, w: 64, h: 64 });
  y = shape.variantCount > 0 ? 440 : 330;
  for (const id of shape.rowIds.slice(0, 4)) {
    regions.push({ action: { type: 'fulfil', id }, x: PAD, y, w: PANEL_W - 2 * PAD, h: 52 });
    y += 56;
  }
  const bottom = PANEL_H - 36;
  regions.push({ action: { type: 'add' }, x: PAD, y: bottom - 196, w: PANEL_W - 2 * PAD, h: 88 });
  const half = (PANEL_W - 2 * PAD - 24) / 2;
  regions.push({ action: { type: 'ar' }, x: PAD, y: bottom - 88, w: half, h: 80 });
  regions.push({ action: { type: 'hold' }, x: PAD + half + 24, y: bottom - 88, w: half, h: 80 });
  return regions;
}
