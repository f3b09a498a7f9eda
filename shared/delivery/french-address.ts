// Zod-free: the address form checks fields with it as the customer types.

export type DeliveryZone = 'metropolitan' | 'overseas';

export type AddressCheck =
  | { ok: true; zone: DeliveryZone; department: string }
  | { ok: false; field: 'postcode' | 'city' | 'country'; reason: 'not_france' | 'postcode_format' | 'postcode_unknown' | 'city_missing' | 'city_mismatch' };

/** Overseas departments the carrier serves (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte). */
const OVERSEAS = new Set(['971', '972', '973', '974', '976']);

/** Cities whose postcodes are known exactly: the store cities, where the courier delivers too. */
const CITY_POSTCODES: Record<string, (postcode: string) => boolean> = {
  paris: (p) => /^750(0[1-9]|1\d|20)$/.test(p) || p === '75116',
  lyon: (p) => /^6900[1-9]$/.test(p),
  bordeaux: (p) => ['33000', '33100', '33200', '33300', '33800'].includes(p),
  marseille: (p) => /^130(0[1-9]|1[0-6])$/.test(p),
};

/**
 * A city name as compared: lower case, no accents, hyphens as spaces, without "cedex" or an
 * arrondissement ("Paris 3e", "Lyon 3ème", "Paris 16e arrondissement").
 *
 * @example normaliseCity('Saint-Étienne CEDEX 1') // "saint etienne"
 */
export function normaliseCity(city: string): string {
  return city
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bcedex\b.*$/, '')
    .replace(/\s+\d{1,2}\s*(e|er|eme|ieme)?(\s+arrondissement)?\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The department of a French postcode: "75", "2A"/"2B" folded to "20", "971" overseas. */
export function departmentOf(postcode: string): string {
  return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
}

/**
 * Whether the carrier can deliver to this address: France only, a five-digit postcode in a
 * metropolitan department (01 to 95, Corsica's 20) or a served overseas one, and a city; for the
 * cities whose postcodes are listed, the postcode must be one of theirs.
 *
 * @example checkFrenchAddress({ postcode: '75003', city: 'Paris', country: 'FR' }) // { ok: true, zone: 'metropolitan', department: '75' }
 */
export function checkFrenchAddress(a: { postcode: string; city: string; country: string }): AddressCheck {
  if (a.country.trim().toUpperCase() !== 'FR') return { ok: false, field: 'country', reason: 'not_france' };
  const postcode = a.postcode.replace(/\s/g, '');
  if (!/^\d{5}$/.test(postcode)) return { ok: false, field: 'postcode', reason: 'postcode_format' };
  const department = departmentOf(postcode);
  const dept = Number(department);
  const zone: DeliveryZone | undefined = OVERSEAS.has(department) ? 'overseas' : dept >= 1 && dept <= 95 ? 'metropolitan' : undefined;
  if (!zone) return { ok: false, field: 'postcode', reason: 'postcode_unknown' };
  const city = normaliseCity(a.city);
  if (!city) return { ok: false, field: 'city', reason: 'city_missing' };
  const known = CITY_POSTCODES[city];
  if (known && !known(postcode)) return { ok: false, field: 'city', reason: 'city_mismatch' };
  return { ok: true, zone, department };
}

/**
 * Where a store is, read from its address ("38 rue des Francs-Bourgeois, 75003 Paris, France").
 *
 * @example storeCity('17 rue du Docteur Bouchut, 69003 Lyon, France') // { postcode: '69003', city: 'lyon' }
 */
export function storeCity(address: string): { postcode: string; city: string } | undefined {
  const m = /\b(\d{5})\s+([^,]+)/.exec(address);
  return m ? { postcode: m[1]!, city: normaliseCity(m[2]!) } : undefined;
}

/** Whether an address lies in the city of a store (same city name and department): the courier's area. */
export function inStoreCity(address: { postcode: string; city: string }, storeAddress: string): boolean {
  const store = storeCity(storeAddress);
  const postcode = address.postcode.replace(/\s/g, '');
  return !!store && normaliseCity(address.city) === store.city && departmentOf(postcode) === departmentOf(store.postcode);
}
