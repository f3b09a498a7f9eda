import { describe, expect, it } from 'vitest';
import { storeLayout } from '../../../scene/layout/store-layout-data';
import { validateStoreLayout } from '../../../../../shared/store-layout/validate-store-layout';
import { placeProducts } from '../../../scene/layout/place-products';
import { testCatalogue } from '../../../scene/layout/test-catalogue';
import { addRoomSet, addSetItem, moveSetItem, removeRoomSet, removeSetItem, rotateSetItem } from './edit-room-set';

const items = (l: typeof storeLayout, setId: string) => l.sets.find((s) => s.id === setId)?.items ?? [];
const item = (l: typeof storeLayout, setId: string, id: string) => items(l, setId).find((it) => it.id === id);

describe('room set editing', () => {
  it('creates named sets with fresh ids and removes them', () => {
    const a = addRoomSet(storeLayout, { fr: ' La chambre ', en: 'The bedroom' });
    const b = addRoomSet(a.layout, { fr: 'Le bureau', en: 'The study' });
    expect(a.id).not.toBe(b.id);
    expect(b.layout.sets.find((s) => s.id === a.id)).toEqual({ id: a.id, name: { fr: 'La chambre', en: 'The bedroom' }, items: [] });
    expect(validateStoreLayout(b.layout).issues).toEqual([]);
    expect(removeRoomSet(b.layout, a.id).sets.map((s) => s.id)).toEqual([...storeLayout.sets.map((s) => s.id), b.id]);
  });

  it('adds a product on the grid, numbering a second copy, and the server accepts it', () => {
    const { layout: l0, id } = addRoomSet(storeLayout, { fr: 'Chambre', en: 'Bedroom' });
    const a = addSetItem(l0, id, 'lamp-phare', 0.04, -8.46);
    const b = addSetItem(a.layout, id, 'lamp-phare', 1, -8.5);
    expect(a.itemId).toBe('lamp-phare');
    expect(b.itemId).toBe('lamp-phare-2');
    expect(item(b.layout, id, 'lamp-phare')).toEqual({ id: 'lamp-phare', productId: 'lamp-phare', x: 0, z: -8.5, rotYDeg: 0 });
    expect(validateStoreLayout(b.layout).issues).toEqual([]);
  });

  it('moves an item on the grid, carrying what stands on it', () => {
    const lampBefore = item(storeLayout, 'living-room', 'table-lamp')!;
    const tableBefore = item(storeLayout, 'living-room', 'side-table')!;
    const l = moveSetItem(storeLayout, 'living-room', 'side-table', tableBefore.x + 0.52, tableBefore.z);
    expect(item(l, 'living-room', 'side-table')!.x).toBeCloseTo(tableBefore.x + 0.55, 6);
    expect(item(l, 'living-room', 'table-lamp')!.x).toBeCloseTo(lampBefore.x + 0.55, 6);
    expect(item(l, 'living-room', 'sofa')).toEqual(item(storeLayout, 'living-room', 'sofa'));
  });

  it('turns an item by quarter turns and comes back after four', () => {
    let l = storeLayout;
    for (let i = 0; i < 4; i++) l = rotateSetItem(l, 'living-room', 'armchair-right');
    expect(((item(l, 'living-room', 'armchair-right')!.rotYDeg % 360) + 360) % 360).toBe(((item(storeLayout, 'living-room', 'armchair-right')!.rotYDeg % 360) + 360) % 360);
    expect(item(rotateSetItem(storeLayout, 'living-room', 'sofa'), 'living-room', 'sofa')!.rotYDeg).toBe(90);
  });

  it('removes an item with what stood on it, leaving a valid layout', () => {
    const l = removeSetItem(storeLayout, 'living-room', 'side-table');
    expect(item(l, 'living-room', 'side-table')).toBeUndefined();
    expect(item(l, 'living-room', 'table-lamp')).toBeUndefined();
    expect(items(l, 'living-room')).toHaveLength(items(storeLayout, 'living-room').length - 2);
    expect(validateStoreLayout(l).issues).toEqual([]);
  });

  it('puts the product where the plan says in the 3D store (/store and the preview build the same world)', () => {
    const { layout: l0, id } = addRoomSet(storeLayout, { fr: 'Chambre', en: 'Bedroom' });
    const added = addSetItem(l0, id, 'lamp-phare', 0.3, -8.5);
    const l = rotateSetItem(added.layout, id, added.itemId);
    const shown = placeProducts(l, testCatalogue, 100).items.filter((it) => it.holderId === id);
    expect(shown).toEqual([expect.objectContaining({ key: `${id}/lamp-phare`, productId: 'lamp-phare', x: 0.3, y: 0, z: -8.5, rotY: Math.PI / 2, source: 'set' })]);
  });
});
