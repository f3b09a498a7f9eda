import type { StoreLayout } from './store-layout-schema';
import { fixtureFootprint, footprintInside, footprintsOverlap } from './fixture-footprint';
import { setItemFootprint, standsOnFloor, type FloorSize } from './set-item-footprint';
import type { LayoutIssue } from './layout-issue';

/** Touching is fine, as between fixtures; only real overlap counts. */
const TOLERANCE = 0.005;

/**
 * Where room sets break the plan: an item outside the store's walls, or a product standing on the
 * floor where a fixture stands (partitions frame the sets, so items may touch them). Items of one
 * set may overlap each other: a sofa stands on its rug. Product sizes come from the catalogue;
 * without them an item is checked as a point.
 *
 * @example roomSetIssues(layout, sizes) // [{code: 'overlap', fixtureId: 'living-room', itemId: 'sofa', otherId: 'gondola-1', ...}]
 */
export function roomSetIssues(layout: StoreLayout, sizes?: ReadonlyMap<string, FloorSize>): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const solid = layout.fixtures.filter((f) => f.type !== 'partition').map((f) => ({ f, fp: fixtureFootprint(f) }));
  for (const set of layout.sets) {
    for (const it of set.items) {
      const fp = setItemFootprint(it, sizes?.get(it.productId));
      if (!footprintInside(fp, layout.bounds, TOLERANCE)) {
        issues.push({ code: 'out_of_bounds', fixtureId: set.id, itemId: it.id, message: `item "${it.id}" of set "${set.id}" stands outside the store` });
      }
      if (!standsOnFloor(it)) continue;
      for (const { f, fp: other } of solid) {
        if (footprintsOverlap(fp, other, TOLERANCE)) {
          issues.push({ code: 'overlap', fixtureId: set.id, itemId: it.id, otherId: f.id, message: `item "${it.id}" of set "${set.id}" overlaps fixture "${f.id}"` });
        }
      }
    }
  }
  return issues;
}
