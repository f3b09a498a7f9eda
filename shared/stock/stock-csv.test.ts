import { describe, expect, it } from 'vitest';
import { csvRowsToStockCounts, isStockCsvHeader } from './stock-csv';
import { readCsvTable } from '../csv/read-csv-table';

const ctx = {
  productOfSku: (sku: string) => ({ 'VT-SOF-001': 'sofa-oslo-3', 'VT-SOF-001-SAB': 'sofa-oslo-3', 'VT-LUM-002': 'lamp-bulle' })[sku],
  locationExists: (id: string) => ['store-lyon', 'store-paris', 'wh-lyon'].includes(id),
  mayChange: (id: string) => id !== 'store-paris',
  reserved: (productId: string, locationId: string) => (productId === 'lamp-bulle' && locationId === 'store-lyon' ? 3 : 0),
};
const read = (text: string) => csvRowsToStockCounts(readCsvTable(text).rows, ctx);

describe('stock CSV', () => {
  it("adds up the variants' counts of one product at one location", () => {
    const { counts, errors } = read('SKU;Location;On hand\nVT-SOF-001;store-lyon;2\nVT-SOF-001-SAB;store-lyon;1\nVT-SOF-001;wh-lyon;30\n');
    expect(errors).toEqual([]);
    expect(counts).toEqual([
      { productId: 'sofa-oslo-3', locationId: 'store-lyon', onHand: 3, rows: [1, 2] },
      { productId: 'sofa-oslo-3', locationId: 'wh-lyon', onHand: 30, rows: [3] },
    ]);
  });

  it('names every wrong row: unknown SKU or location, bad counts, twice the same SKU, out of scope, below reserved', () => {
    const { errors } = read('SKU,location,on hand\nVT-X,store-lyon,1\nVT-SOF-001,mars,1\nVT-SOF-001,store-lyon,-1\nVT-SOF-001,store-lyon,2.5\n'
      + 'VT-SOF-001,wh-lyon,1\nVT-SOF-001,wh-lyon,2\nVT-SOF-001,store-paris,1\nVT-LUM-002,store-lyon,2\n');
    for (const e of errors) expect(e.text && e.text.en === e.message && e.text.fr !== e.text.en).toBe(true);
    expect(errors[1]?.text?.fr).toBe('aucun lieu « mars »');
    expect(errors.map(({ text: _, ...e }) => e)).toEqual([
      { row: 1, field: 'SKU', message: 'no product has SKU "VT-X"' },
      { row: 2, field: 'location', message: 'no location "mars"' },
      { row: 3, field: 'on hand', message: '"-1" is not a whole number of units (0 or more)' },
      { row: 4, field: 'on hand', message: '"2.5" is not a whole number of units (0 or more)' },
      { row: 6, field: 'SKU', message: '"VT-SOF-001" at "wh-lyon" is already counted on row 5' },
      { row: 7, field: 'location', message: 'you may not change the stock of "store-paris"' },
      { row: 8, field: 'on hand', message: '3 unit(s) of "lamp-bulle" are reserved for orders at "store-lyon"; on hand cannot be 2' },
    ]);
  });

  it('recognises its header however it is typed', () => {
    expect(isStockCsvHeader(['sku', 'Location', 'on_hand'])).toBe(true);
    expect(isStockCsvHeader(['Handle', 'Title'])).toBe(false);
  });
});
