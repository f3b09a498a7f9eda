import type { Fixture, StoreLayout } from './store-layout-schema';
import { StoreLayoutSchema } from './store-layout-schema';
import { fixtureFootprint, footprintsOverlap, footprintInside, type Footprint } from './fixture-footprint';
import type { LayoutIssue } from './layout-issue';
import type { FloorSize } from './set-item-footprint';
import { roomSetIssues } from './room-set-issues';
import { roomSetNameIssues } from './room-set-name';

export interface CatalogueFacts {
  productIds: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  /** Product sizes seen from above, so room set items are checked with their true floor. */
  sizes?: ReadonlyMap<string, FloorSize>;
}

/** Partitions are thin walls that meet at corners and frame room sets: they may touch others. */
const mayOverlap = (f: Fixture) => f.type === 'partition';
/** Touching fixtures (a gondola end against a wall panel) are fine; only real overlap counts. */
const TOLERANCE = 0.005;

/**
 * Everything that keeps a layout from being published: schema errors, duplicate ids, fixtures
 * outside the store's bounds, two fixtures on the same floor, room sets without a readable name in
 * each language, room set products outside the store or on a fixture's floor, and assignments
 * naming products or categories the catalogue does not have. An empty list means the layout is good.
 *
 * @example validateStoreLayout(json, { productIds, categories }) // [{code: 'overlap', fixtureId: 'gondola-1', ...}]
 */
export function validateStoreLayout(json: unknown, catalogue?: CatalogueFacts): { layout?: StoreLayout; issues: LayoutIssue[] } {
  const parsed = StoreLayoutSchema.safeParse(json);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.slice(0, 20).map((i) => {
        const fixture = fixtureAt(json, i.path);
        return { code: 'invalid', fixtureId: fixture, path: i.path.join('.'), message: `${i.path.join('.') || '(root)'}: ${i.message}` };
      }),
    };
  }
  const layout = parsed.data;
  const issues: LayoutIssue[] = [];
  const ids = new Set<string>();
  for (const f of layout.fixtures) {
    if (ids.has(f.id)) issues.push({ code: 'duplicate_id', fixtureId: f.id, message: `two fixtures are named "${f.id}"` });
    ids.add(f.id);
  }
  for (const s of layout.signs) {
    if (s.forFixture && !ids.has(s.forFixture)) issues.push({ code: 'unknown_reference', fixtureId: s.id, message: `sign "${s.id}" refers to fixture "${s.forFixture}", which is not in the layout` });
  }
  for (const set of layout.sets) {
    const itemIds = new Set<string>();
    for (const it of set.items) {
      if (itemIds.has(it.id)) issues.push({ code: 'duplicate_id', fixtureId: set.id, message: `set "${set.id}" has two items named "${it.id}"` });
      if (it.on && !itemIds.has(it.on)) issues.push({ code: 'unknown_reference', fixtureId: set.id, message: `item "${it.id}" of set "${set.id}" stands on "${it.on}", which must be listed before it` });
      itemIds.add(it.id);
      if (catalogue && !catalogue.productIds.has(it.productId)) issues.push({ code: 'unknown_product', fixtureId: set.id, message: `set "${set.id}" shows product "${it.productId}", which is not in the catalogue` });
    }
  }

  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const prints: Array<{ f: Fixture; fp: Footprint }> = layout.fixtures.map((f) => ({ f, fp: fixtureFootprint(f) }));
  for (const { f, fp } of prints) {
    if (!footprintInside(fp, [minX, minZ, maxX, maxZ], TOLERANCE)) {
      issues.push({ code: 'out_of_bounds', fixtureId: f.id, message: `fixture "${f.id}" stands outside the store (x ${minX} to ${maxX}, z ${minZ} to ${maxZ})` });
    }
  }
  for (const [i, one] of prints.entries()) {
    if (mayOverlap(one.f)) continue;
    for (const other of prints.slice(i + 1)) {
      if (mayOverlap(other.f)) continue;
      if (footprintsOverlap(one.fp, other.fp, TOLERANCE)) {
        const a = one.f.id;
        const b = other.f.id;
        issues.push({ code: 'overlap', fixtureId: a, otherId: b, message: `fixture "${a}" overlaps fixture "${b}"` });
      }
    }
  }

  issues.push(...roomSetNameIssues(layout));
  issues.push(...roomSetIssues(layout, catalogue?.sizes));

  if (catalogue) {
    for (const f of layout.fixtures) {
      if (f.type === 'podium' && !catalogue.productIds.has(f.item.productId)) {
        issues.push({ code: 'unknown_product', fixtureId: f.id, message: `podium "${f.id}" shows product "${f.item.productId}", which is not in the catalogue` });
      }
      if (!('products' in f)) continue;
      for (const id of f.products ?? []) {
        if (!catalogue.productIds.has(id)) issues.push({ code: 'unknown_product', fixtureId: f.id, message: `fixture "${f.id}" is given product "${id}", which is not in the catalogue` });
      }
      for (const c of f.categories ?? []) {
        if (!catalogue.categories.has(c)) issues.push({ code: 'unknown_category', fixtureId: f.id, message: `fixture "${f.id}" is given category "${c}", which is not in the catalogue` });
      }
    }
  }
  return issues.length ? { issues } : { layout, issues };
}

/** The id of the fixture a schema error points into, so the editor can highlight it. */
function fixtureAt(json: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'fixtures' || typeof path[1] !== 'number') return undefined;
  const fixtures = (json as { fixtures?: unknown[] })?.fixtures;
  const f = Array.isArray(fixtures) ? fixtures[path[1]] : undefined;
  const id = f && typeof f === 'object' ? (f as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : `#${path[1]}`;
}
