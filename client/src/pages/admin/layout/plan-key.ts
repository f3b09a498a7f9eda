import type { StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { SNAP, fixtureCentre, moveFixture, removeFixture, rotateFixture } from './edit-layout';
import { findSetItem, moveSetItem, removeSetItem, rotateSetItem, type SetItemRef } from './edit-room-set';

/** What a key does to the selection on the plan, the same for a fixture and a room set product. */
export type PlanKeyCommand = { type: 'move'; dx: number; dz: number } | { type: 'rotate' } | { type: 'remove' } | { type: 'deselect' };

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Arrows move by one grid step (Shift: a metre), R turns, Delete or Backspace removes, Escape lets go.
 * @example planKeyCommand('ArrowUp', true) // {type: 'move', dx: 0, dz: -1}
 */
export function planKeyCommand(key: string, shift: boolean): PlanKeyCommand | null {
  const arrow = ARROWS[key];
  if (arrow) {
    const step = shift ? 1 : SNAP;
    return { type: 'move', dx: arrow[0] * step, dz: arrow[1] * step };
  }
  if (key === 'r' || key === 'R') return { type: 'rotate' };
  if (key === 'Delete' || key === 'Backspace') return { type: 'remove' };
  if (key === 'Escape') return { type: 'deselect' };
  return null;
}

/** What is selected on the plan. */
export type PlanSelection = { fixtureId: string } | { item: SetItemRef };

/**
 * A key's command applied to the selection; `cleared` when nothing stays selected (removed, or let go).
 * @example applyPlanCommand(layout, { fixtureId: 'gondola-1' }, { type: 'rotate' }) // {layout: turned, cleared: false}
 */
export function applyPlanCommand(layout: StoreLayout, selection: PlanSelection, command: PlanKeyCommand): { layout: StoreLayout; cleared: boolean } {
  if (command.type === 'deselect') return { layout, cleared: true };
  if ('item' in selection) {
    const found = findSetItem(layout, selection.item);
    if (!found) return { layout, cleared: true };
    const { set, item } = found;
    if (command.type === 'move') return { layout: moveSetItem(layout, set.id, item.id, item.x + command.dx, item.z + command.dz), cleared: false };
    if (command.type === 'rotate') return { layout: rotateSetItem(layout, set.id, item.id), cleared: false };
    return { layout: removeSetItem(layout, set.id, item.id), cleared: true };
  }
  const f = layout.fixtures.find((x) => x.id === selection.fixtureId);
  if (!f) return { layout, cleared: true };
  const c = fixtureCentre(f);
  if (command.type === 'move') return { layout: moveFixture(layout, f.id, c.x + command.dx, c.z + command.dz), cleared: false };
  if (command.type === 'rotate') return { layout: rotateFixture(layout, f.id), cleared: false };
  return { layout: removeFixture(layout, f.id), cleared: true };
}
