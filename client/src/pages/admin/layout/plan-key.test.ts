import { describe, expect, it } from 'vitest';
import { storeLayout } from '../../../scene/layout/store-layout-data';
import { applyPlanCommand, planKeyCommand } from './plan-key';

describe('plan keys', () => {
  it('moves by 10 cm, or a metre with Shift, up the plan being towards the back of the store', () => {
    expect(planKeyCommand('ArrowRight', false)).toEqual({ type: 'move', dx: 0.1, dz: 0 });
    expect(planKeyCommand('ArrowUp', true)).toEqual({ type: 'move', dx: 0, dz: -1 });
  });

  it('turns with R, removes with Delete, lets go with Escape and ignores other keys', () => {
    expect(planKeyCommand('r', false)).toEqual({ type: 'rotate' });
    expect(planKeyCommand('R', true)).toEqual({ type: 'rotate' });
    expect(planKeyCommand('Delete', false)).toEqual({ type: 'remove' });
    expect(planKeyCommand('Escape', false)).toEqual({ type: 'deselect' });
    expect(planKeyCommand('a', false)).toBeNull();
  });
});

describe('plan keys on the selection', () => {
  const sofa = { item: { setId: 'living-room', itemId: 'sofa' } };
  const sofaOf = (l: typeof storeLayout) => l.sets.find((s) => s.id === 'living-room')?.items.find((it) => it.id === 'sofa');

  it('moves and turns a room set product as they do a fixture', () => {
    const before = sofaOf(storeLayout)!;
    const moved = applyPlanCommand(storeLayout, sofa, { type: 'move', dx: 1, dz: 0 });
    expect(moved.cleared).toBe(false);
    expect(sofaOf(moved.layout)!.x).toBeCloseTo(before.x + 1, 6);
    expect(sofaOf(applyPlanCommand(storeLayout, sofa, { type: 'rotate' }).layout)!.rotYDeg).toBe(90);
    const gondola = applyPlanCommand(storeLayout, { fixtureId: 'gondola-1' }, { type: 'move', dx: 0, dz: -1 });
    expect(gondola.layout.fixtures.find((f) => f.id === 'gondola-1')).toMatchObject({ z: -18 });
    expect(sofaOf(gondola.layout)).toEqual(before);
  });

  it('removes the selected product only, and lets go of it', () => {
    const done = applyPlanCommand(storeLayout, sofa, { type: 'remove' });
    expect(done.cleared).toBe(true);
    expect(sofaOf(done.layout)).toBeUndefined();
    expect(done.layout.fixtures).toEqual(storeLayout.fixtures);
  });
});
