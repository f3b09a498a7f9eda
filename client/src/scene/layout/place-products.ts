import type { Product } from '../../../../shared/catalogue/product';
import { displayKind } from './display-kind';
import { fixtureLanes, laneAislePoint, laneToWorld, type Lane } from './fixture-lanes';
import type { PlacedItem } from './placed-item';
import type { Fixture, SetItem, StoreLayout } from '../../../../shared/store-layout/store-layout-schema';

const DEG = Math.PI / 180;

export interface Placement {
  items: PlacedItem[];
  /** Products that found no room (too tall for every lane, or the shelves are full). */
  unplaced: Array<{ productId: string; copies: number; reason: string }>;
  /** Categories stocked on each fixture, in shelf order: what its signs say. */
  categoriesByFixture: Map<string, string[]>;
  /** Number of shelf instances asked for and placed (room sets and podiums come on top). */
  requested: number;
  placed: number;
}

/** One wanted copy of a product, before it has a place. */
interface Wanted {
  product: Product;
  copy: number;
  variantId: string | null;
}

/**
 * Fills the store: podiums and room sets exactly as the layout says, then `count` instances on the
 * shelves, repeating the catalogue (each product `count / catalogue size` times, the first ones
 * once more), grouped by category in the layout's order. Copies cycle through the variants. Eye
 * level is stocked everywhere first, nearest aisles first, so a small stock stays within reach.
 *
 * Pure and deterministic: same layout, catalogue and count give the same keys and positions.
 *
 * @example placeProducts(layout, products, 1000).items.length // 1000 + the room sets
 */
export function placeProducts(layout: StoreLayout, products: readonly Product[], count: number): Placement {
  const byId = new Map(products.map((p) => [p.id, p]));
  const items: PlacedItem[] = [];
  const unplaced: Placement['unplaced'] = [];
  const categoriesByFixture = new Map<string, string[]>();
  const push = (it: Omit<PlacedItem, 'index'>): PlacedItem => {
    const placed = { ...it, index: items.length };
    items.push(placed);
    return placed;
  };

  // Hero products and room sets: hand-dressed in the layout data.
  for (const f of layout.fixtures) {
    if (f.type !== 'podium') continue;
    const p = byId.get(f.item.productId);
    if (!p) {
      unplaced.push({ productId: f.item.productId, copies: 1, reason: `podium ${f.id}: not in the catalogue` });
      continue;
    }
    push({
      key: `${f.id}/${f.item.id}`, productId: p.id, variantId: f.item.variantId ?? null, kind: displayKind(p),
      x: f.x, y: f.height, z: f.z, rotY: (f.rotYDeg + f.item.rotYDeg) * DEG, size: p.dimensionsM, holderId: f.id, source: 'podium',
    });
  }
  for (const set of layout.sets) {
    const placedHere = new Map<string, PlacedItem>();
    for (const si of set.items) {
      const p = byId.get(si.productId);
      if (!p) {
        unplaced.push({ productId: si.productId, copies: 1, reason: `set ${set.id}: not in the catalogue` });
        continue;
      }
      const y = setItemY(si, placedHere);
      if (y === null) {
        unplaced.push({ productId: p.id, copies: 1, reason: `set ${set.id}: ${si.id} stands on ${si.on}, which is missing` });
        continue;
      }
      const placed = push({
        key: `${set.id}/${si.id}`, productId: p.id, variantId: si.variantId ?? null, kind: displayKind(p),
        x: si.x, y, z: si.z, rotY: si.rotYDeg * DEG, size: p.dimensionsM, holderId: set.id, source: 'set',
      });
      placedHere.set(si.id, placed);
    }
  }

  // Shelves: what the merchant assigned to a fixture goes there first, and only there; then the rest.
  const lanes = fixtureLanes(layout);
  const states = new Map(lanes.map((lane) => [lane, { lane, used: 0, stacked: 0, slot: 0 } as LaneState]));
  let remaining = wantedCopies(layout, products, count);
  let placed = 0;
  const take = (r: Omit<PlacedItem, 'index'>) => {
    push(r);
    placed++;
    const cats = categoriesByFixture.get(r.holderId) ?? [];
    const cat = byId.get(r.productId)!.category;
    if (!cats.includes(cat)) cats.push(cat);
    categoriesByFixture.set(r.holderId, cats);
  };
  const assignedIds = new Set<string>();
  for (const f of layout.fixtures) {
    const rank = assignmentRank(f);
    if (!rank) continue;
    assignedIds.add(f.id);
    const mine = remaining.map((w) => ({ w, r: rank(w.product) })).filter((x) => x.r !== null).sort((a, b) => a.r! - b.r!).map((x) => x.w);
    const taken = new Set<Wanted>();
    const own = lanes.filter((l) => l.fixtureId === f.id);
    for (const kind of [...new Set(mine.map((w) => displayKind(w.product)))]) {
      const ofKind = mine.filter((w) => displayKind(w.product) === kind);
      const result = fillLanes(own.filter((l) => l.holds.includes(kind)).map((l) => states.get(l)!), ofKind, layout.spawn);
      for (const [r, w] of result.placed) {
        take(r);
        taken.add(w);
      }
    }
    remaining = remaining.filter((w) => !taken.has(w));
  }
  const free = lanes.filter((l) => !assignedIds.has(l.fixtureId));
  for (const kind of [...new Set(remaining.map((w) => displayKind(w.product)))]) {
    const ofKind = remaining.filter((w) => displayKind(w.product) === kind);
    const result = fillLanes(free.filter((l) => l.holds.includes(kind)).map((l) => states.get(l)!), ofKind, layout.spawn);
    for (const [r] of result.placed) take(r);
    for (const [productId, copies] of countByProduct(result.missing)) {
      unplaced.push({ productId, copies, reason: `no room left on ${kind} displays` });
    }
  }
  return { items, unplaced, categoriesByFixture, requested: count, placed };
}

function setItemY(si: SetItem, placed: Map<string, PlacedItem>): number | null {
  if (si.y !== undefined) return si.y;
  if (!si.on) return 0;
  const host = placed.get(si.on);
  return host ? host.y + host.size.h : null;
}

/** The copies to put on shelves, in shelf order: kind, category order, catalogue order, copy. */
function wantedCopies(layout: StoreLayout, products: readonly Product[], count: number): Wanted[] {
  if (products.length === 0 || count <= 0) return [];
  const base = Math.floor(count / products.length);
  const extra = count % products.length;
  const catRank = (c: string) => {
    const i = layout.categoryOrder.indexOf(c);
    return i === -1 ? layout.categoryOrder.length : i;
  };
  const order = products.map((p, i) => ({ p, i })).sort((a, b) => catRank(a.p.category) - catRank(b.p.category) || a.i - b.i);
  const out: Wanted[] = [];
  for (const { p, i } of order) {
    const copies = base + (i < extra ? 1 : 0);
    for (let k = 0; k < copies; k++) {
      // No variants: k % 0 is NaN, which names none.
      const v = p.variants[k % p.variants.length]?.id ?? null;
      out.push({ product: p, copy: k, variantId: v });
    }
  }
  return out;
}

interface LaneState {
  lane: Lane;
  used: number;
  /** Piles: the product stacked there and how many. */
  pileProduct?: string;
  stacked: number;
  slot: number;
}

/**
 * How a fixture's assignment orders products (listed products first, in their order, then the
 * listed categories), or null for a product it does not take; undefined when nothing is assigned.
 */
function assignmentRank(f: Fixture): ((p: Product) => number | null) | undefined {
  if (!('products' in f) && !('categories' in f)) return undefined;
  const ids = 'products' in f ? f.products ?? [] : [];
  const cats = 'categories' in f ? f.categories ?? [] : [];
  if (!ids.length && !cats.length) return undefined;
  return (p) => {
    const i = ids.indexOf(p.id);
    if (i !== -1) return i;
    const c = cats.indexOf(p.category);
    return c === -1 ? null : ids.length + c;
  };
}

/**
 * First fit over the lanes in stocking order: eye-level lanes everywhere before upper ones, and
 * within a level the lanes whose aisle is nearest the entrance first, so a small stock fills the
 * central aisles at eye level and the two faces of one aisle fill together.
 */
function fillLanes(states: LaneState[], wanted: Wanted[], from: { x: number; z: number }) {
  const dist = (l: Lane) => {
    const p = laneAislePoint(l);
    return Math.round(Math.hypot(p.x - from.x, p.z - from.z) * 10) / 10;
  };
  const ordered = states
    .map((s, i) => ({ s, i, d: dist(s.lane) }))
    .sort((a, b) => a.s.lane.priority - b.s.lane.priority || a.d - b.d || a.i - b.i)
    .map((x) => x.s);
  const placed: Array<[Omit<PlacedItem, 'index'>, Wanted]> = [];
  const missing: Wanted[] = [];
  for (const w of wanted) {
    const item = placeOne(ordered, w);
    if (item) placed.push([item, w]);
    else missing.push(w);
  }
  return { placed, missing };
}

function placeOne(states: LaneState[], w: Wanted): Omit<PlacedItem, 'index'> | null {
  const p = w.product;
  const { w: pw, h: ph, d: pd } = p.dimensionsM;
  const kind = displayKind(p);
  for (const s of states) {
    const l = s.lane;
    if (l.kind === 'pile') {
      if (s.pileProduct && s.pileProduct !== p.id) continue;
      const fitsStraight = pw <= l.width! + 0.05 && pd <= l.maxDepth + 0.05;
      const fitsTurned = pd <= l.width! + 0.05 && pw <= l.maxDepth + 0.05;
      if (!fitsStraight && !fitsTurned) continue;
      if ((s.stacked + 1) * ph > l.clear) continue;
      s.pileProduct = p.id;
      const y = l.y + s.stacked * ph;
      s.stacked++;
      const rotY = l.rotY + (fitsStraight ? 0 : Math.PI / 2);
      return {
        key: `${l.fixtureId}/${s.stacked - 1}`, productId: p.id, variantId: w.variantId, kind,
        x: l.cx, y, z: l.cz, rotY, size: p.dimensionsM, holderId: l.fixtureId, source: 'shelf',
      };
    }
    if (ph > l.clear || pd > l.maxDepth) continue;
    const need = (s.used > 0 ? l.gap : 0) + pw;
    if (s.used + need > l.length + 1e-9) continue;
    const start = s.used + (s.used > 0 ? l.gap : 0);
    s.used = start + pw;
    const at = laneToWorld(l, start + pw / 2);
    const side = l.facing === 1 ? 'front' : 'back';
    const item = {
      key: `${l.fixtureId}/${side}/${l.priority}/${s.slot}`, productId: p.id, variantId: w.variantId, kind,
      x: at.x, y: l.y, z: at.z, rotY: l.rotY + (l.facing === 1 ? 0 : Math.PI), size: p.dimensionsM,
      holderId: l.fixtureId, source: 'shelf' as const,
    };
    s.slot++;
    return item;
  }
  return null;
}

function countByProduct(ws: Wanted[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w.product.id, (m.get(w.product.id) ?? 0) + 1);
  return m;
}
