import { describe, expect, it } from 'vitest';
import type { Location } from '../../../../shared/catalogue/location';
import { emptyFacingText } from './empty-facing-text';

const loc = (id: string, kind: Location['kind'], name: string): Location => ({ id, kind, name, address: '', lat: 0, lng: 0 }) as Location;
const locations = [loc('wh', 'warehouse', 'Entrepôt'), loc('lyon', 'store', 'Vitrine Lyon'), loc('paris', 'store', 'Vitrine Paris')];

describe('emptyFacingText', () => {
  it('says where else the product is and that it can be delivered, in both languages', () => {
    const where = [{ locationId: 'paris', available: 2 }, { locationId: 'wh', available: 5 }, { locationId: 'lyon', available: 0 }];
    expect(emptyFacingText('fr', 'lyon', where, locations)).toEqual(['Pas en stock dans ce magasin', 'Disponible à Paris', 'Livraison à domicile possible']);
    expect(emptyFacingText('en', 'lyon', where, locations)).toEqual(['Not in stock in this store', 'Available at Paris', 'Home delivery available']);
  });

  it('says when it is only delivered, or nowhere for now', () => {
    expect(emptyFacingText('en', 'lyon', [{ locationId: 'wh', available: 1 }], locations)[1]).toBe('Available for home delivery');
    expect(emptyFacingText('fr', 'lyon', [], locations)[1]).toBe('Bientôt de retour');
  });
});
