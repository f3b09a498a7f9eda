import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Location } from '../../../../shared/catalogue/location';
import { catalogueStore } from '../../stores/catalogue-store';
import { useLocale } from '../../stores/use-locale';
import { itemBox } from '../layout/placed-item';
import type { StoreWorld } from '../store-world';
import { emptyFacingText } from './empty-facing-text';
import { facingsOf, shelfStockStore } from './shelf-stock-store';

const TAG_W = 512;
const TAG_H = 256;
/** Tag width in the store, metres: the width of the place, within these bounds. */
const TAG_MIN_M = 0.36;
const TAG_MAX_M = 0.7;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function drawTag(name: string, lines: string[]): CanvasTexture {
  const c = document.createElement('canvas');
  c.width = TAG_W;
  c.height = TAG_H;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#fffdf9';
  ctx.fillRect(0, 0, TAG_W, TAG_H);
  ctx.strokeStyle = '#b3261e';
  ctx.lineWidth = 10;
  ctx.strokeRect(5, 5, TAG_W - 10, TAG_H - 10);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const writeLine = (s: string, y: number, px: number, color: string, weight: number) => {
    let size = px;
    ctx.font = `${weight} ${size}px ${FONT}`;
    while (ctx.measureText(s).width > TAG_W - 48 && size > 14) {
      size -= 2;
      ctx.font = `${weight} ${size}px ${FONT}`;
    }
    ctx.fillStyle = color;
    ctx.fillText(s, 24, y);
  };
  writeLine(lines[0] ?? '', 44, 34, '#b3261e', 700);
  writeLine(name, 100, 36, '#1f2a2e', 700);
  for (const [i, l] of lines.slice(1, 3).entries()) writeLine(l, 160 + i * 52, 30, '#1f2a2e', 500);
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  return t;
}

/**
 * Where the store lacks a product, its first place on the shelf stays empty with a tag saying so,
 * where else it is and whether it can be delivered (FR/EN). Redrawn when a stock reading or the
 * language changes, never per frame; each texture is disposed with its tag.
 */
export function EmptyFacingTags({ world }: { world: StoreWorld }) {
  const locale = useLocale();
  const revision = useStore(shelfStockStore, (s) => s.revision);
  const [locations, setLocations] = useState<Location[]>(catalogueStore.getState().locations ?? []);
  useEffect(() => {
    void catalogueStore.getState().loadLocations().then(setLocations).catch(() => undefined);
  }, []);

  const tags = useMemo(() => {
    void revision;
    const s = shelfStockStore.getState();
    return facingsOf(world, s).tags.map((t) => {
      const it = world.items[t.index]!;
      const b = itemBox(it);
      const product = world.productById.get(t.productId);
      const texture = drawTag(product?.name[locale] ?? t.productId, emptyFacingText(locale, s.storeId ?? '', s.where[t.productId] ?? [], locations));
      // On the front of the place, facing the aisle, at the height of what would stand there.
      const fx = Math.sin(it.rotY);
      const fz = Math.cos(it.rotY);
      const out = b.hz + 0.02;
      const w = Math.min(TAG_MAX_M, Math.max(TAG_MIN_M, it.size.w));
      return { ...t, texture, w, h: (w * TAG_H) / TAG_W, x: b.cx + fx * out, y: b.cy, z: b.cz + fz * out, rotY: it.rotY };
    });
  }, [world, revision, locale, locations]);
  useEffect(
    () => () => {
      for (const t of tags) t.texture.dispose();
    },
    [tags],
  );

  return (
    <group name="empty-facings">
      {tags.map((t) => (
        <mesh key={t.index} name={`empty-facing:${t.productId}`} userData={{ productId: t.productId, index: t.index }} position={[t.x, t.y, t.z]} rotation={[0, t.rotY, 0]}>
          <planeGeometry args={[t.w, t.h]} />
          <meshBasicMaterial map={t.texture} toneMapped={false} />
        </mesh>
      ))}
    </group>
  );
}
