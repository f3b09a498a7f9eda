import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { csvRowsToProducts, parsePrice, PRODUCT_CSV_COLUMNS, productsToCsvRows, type CsvProduct } from './product-csv';
import { previewProductImport } from './product-import-preview';
import { CATEGORIES, PLACEMENTS, type Product } from './product';
import { readCsvTable } from '../csv/read-csv-table';
import { writeCsv } from '../csv/write-csv';
import { decodeCsvBytes } from '../csv/decode-csv-bytes';

const seed: Product[] = JSON.parse(readFileSync(new URL('../../assets/seed/catalogue.json', import.meta.url), 'utf8'));
const ctx = { currency: 'EUR' };

function importText(text: string, skuOwner?: (sku: string) => string | undefined) {
  return csvRowsToProducts(readCsvTable(text).rows, { ...ctx, skuOwner });
}

const HEADER = PRODUCT_CSV_COLUMNS.join(',');
function csvOf(rows: Record<string, string>[]): string {
  return writeCsv(PRODUCT_CSV_COLUMNS, rows);
}
const lamp = {
  Handle: 'lamp-test', Title: 'Test lamp', 'Body (HTML)': '<p>A <b>lamp</b> &amp; more</p>', Type: 'lighting', Status: 'active',
  'Option1 Name': 'Title', 'Option1 Value': 'Default Title', 'Variant SKU': 'VT-T-1', 'Variant Price': '49.90',
  'Width cm': '20', 'Height cm': '40', 'Depth cm': '20', Placement: 'table',
};

const text = fc.array(fc.stringMatching(/^[A-Za-zéèàçœ0-9<>&"';,.!?-]{1,8}$/), { minLength: 1, maxLength: 6 })
  .chain((words) => fc.array(fc.constantFrom(' ', '\n'), { minLength: words.length - 1, maxLength: words.length - 1 })
    .map((seps) => words.map((w, i) => w + (seps[i] ?? '')).join('')));
const money = (min = 1) => fc.integer({ min, max: 10_000_000 }).map((amount) => ({ amount, currency: 'EUR' }));
const metres = fc.integer({ min: 1, max: 200_000 }).map((k) => k / 1e4);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}$/);
const productArb: fc.Arbitrary<CsvProduct> = fc.record({
  sku: fc.stringMatching(/^VT-[A-Z0-9]{1,8}$/),
  name: fc.record({ fr: text, en: text }),
  description: fc.record({ fr: text, en: text }),
  category: fc.constantFrom(...CATEGORIES),
  price: money(),
  dimensionsM: fc.record({ w: metres, h: metres, d: metres }),
  placement: fc.constantFrom(...PLACEMENTS),
  status: fc.constantFrom('published' as const, 'draft' as const),
  compareAtPrice: fc.option(money(), { nil: undefined }),
  vendor: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,10}[a-z]$/), { nil: undefined }),
  tags: fc.option(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 4 }), { nil: undefined }),
  thumbnail: fc.option(slug.map((s) => `/posters/${s}.webp`), { nil: undefined }),
  variants: fc.uniqueArray(fc.record({
    id: slug,
    name: fc.record({ fr: text.map((t) => t.replace(/\n/g, ' ')), en: text.map((t) => t.replace(/\n/g, ' ')) }),
    swatch: fc.stringMatching(/^#[0-9a-f]{6}$/),
    sku: fc.option(fc.stringMatching(/^VV-[A-Z0-9]{1,8}$/), { nil: undefined }),
    price: fc.option(money(), { nil: undefined }),
    compareAtPrice: fc.option(money(), { nil: undefined }),
  }), { selector: (v) => v.id, maxLength: 4 }),
}, { requiredKeys: ['sku', 'name', 'description', 'category', 'price', 'dimensionsM', 'placement', 'status', 'variants'] })
  .map((p) => ({
    ...p,
    // A variant's own price or SKU equal to the product's is the same as none: the file cannot tell them apart.
    variants: p.variants.map((v) => Object.fromEntries(Object.entries({
      ...v, price: v.price?.amount === p.price.amount ? undefined : v.price,
    }).filter(([, x]) => x !== undefined)) as unknown as CsvProduct['variants'][number]),
  })) as unknown as fc.Arbitrary<CsvProduct>;

const withHandles = fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }).chain((ids) =>
  fc.tuple(...ids.map(() => productArb)).map((ps) => ps.map((p, i) => ({ ...p, id: ids[i]!, sku: `${p.sku}-${i}`,
    variants: p.variants.map((v, j) => (v.sku ? { ...v, sku: `${v.sku}-${i}-${j}` } : v)) }))));

const clean = (p: CsvProduct) => JSON.parse(JSON.stringify(p));

describe('product CSV', () => {
  it('export then import gives back the same products, whatever they hold', () => {
    fc.assert(fc.property(withHandles, (products) => {
      const { products: back, errors } = importText(csvOf(productsToCsvRows(products)));
      expect(errors).toEqual([]);
      expect(back.map(clean)).toEqual(products.map(clean));
    }), { numRuns: 100 });
  });

  it('the demo catalogue survives export and import, and the preview says nothing changes', () => {
    const { products, errors } = importText(csvOf(productsToCsvRows(seed)));
    expect(errors).toEqual([]);
    expect(products).toHaveLength(seed.length);
    const byId = new Map(seed.map((p) => [p.id, p]));
    expect(previewProductImport(products, (id) => byId.get(id))).toEqual({ create: 0, update: 0, unchanged: seed.length, changes: [], warnings: [] });
  });

  it('reads French Excel: Windows-1252 bytes, ";" separator, decimal commas', () => {
    const body = 'Handle;Title;Title FR;Body (HTML);Type;Variant SKU;Variant Price;Width cm;Height cm;Depth cm;Placement\r\n'
      + 'chaise-ete;Summer chair;Chaise d\'été;Légère;chairs;VT-E-1;89,50;45,5;80;50;floor\r\n';
    const bytes = Uint8Array.from([...body].map((c) => ({ 'é': 0xe9, 'è': 0xe8 })[c] ?? c.charCodeAt(0)));
    const { products, errors } = importText(decodeCsvBytes(bytes));
    expect(errors).toEqual([]);
    expect(products[0]).toMatchObject({ id: 'chaise-ete', name: { fr: "Chaise d'été", en: 'Summer chair' }, description: { en: 'Légère' },
      price: { amount: 8950 }, dimensionsM: { w: 0.455, h: 0.8, d: 0.5 }, status: 'published', variants: [] });
  });

  it('reads UTF-8 with a byte-order mark and fields holding newlines, quotes and commas', () => {
    const text = csvOf([{ ...lamp, 'Body (HTML)': 'Line one,\n"quoted"\nline three' }]);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.startsWith('Handle')).toBe(true);
    const { products, errors } = importText(decoded);
    expect(errors).toEqual([]);
    expect(products[0]!.description.en).toBe('Line one,\n"quoted"\nline three');
  });

  it('strips markup from Body (HTML) instead of keeping it', () => {
    const { products } = importText(csvOf([{ ...lamp, 'Body (HTML)': '<script>alert(1)</script><p>Nice <img src=x onerror=alert(1)>lamp</p>' }]));
    expect(products[0]!.description.en).toBe('Nice lamp');
  });

  it('a further row with the same Handle is another variant', () => {
    const { products, errors } = importText(csvOf([
      { ...lamp, 'Option1 Name': 'Colour', 'Option1 Value': 'Red', 'Option1 Value FR': 'Rouge', 'Variant Swatch': '#aa0000' },
      { Handle: 'lamp-test', 'Option1 Value': 'Blue', 'Variant SKU': 'VT-T-2', 'Variant Price': '59.90' },
    ]));
    expect(errors).toEqual([]);
    expect(products).toHaveLength(1);
    expect(products[0]!.sku).toBe('VT-T-1');
    expect(products[0]!.variants).toEqual([
      { id: 'red', name: { en: 'Red', fr: 'Rouge' }, swatch: '#aa0000' },
      { id: 'blue', name: { en: 'Blue', fr: 'Blue' }, swatch: '#9a9a9a', sku: 'VT-T-2', price: { amount: 5990, currency: 'EUR' } },
    ]);
  });

  it('names the row and column of every mistake', () => {
    const { products, errors } = importText(csvOf([
      { ...lamp, 'Variant Price': '-5' },
      { ...lamp, Handle: 'lamp-two', 'Variant SKU': 'VT-T-2', Type: 'lamps' },
      { ...lamp, Handle: 'lamp-three', 'Variant SKU': 'VT-T-3', Placement: 'ceiling', 'Depth cm': '' },
      { ...lamp, Handle: 'lamp-four', 'Variant SKU': 'VT-T-1', 'Variant Price': '12.345' },
      { ...lamp, Handle: 'lamp-two', 'Variant SKU': 'VT-T-5' },
      { ...lamp, Handle: 'lamp-six', 'Variant SKU': 'VT-SOF-001' },
    ]), (sku) => (sku === 'VT-SOF-001' ? 'sofa-oslo-3' : undefined));
    expect(products.map((p) => p.id)).toEqual([]);
    // Every problem is written for the merchant in both languages; `message` is the English one.
    for (const e of errors) expect(e.text && e.text.en === e.message && e.text.fr !== e.text.en).toBe(true);
    expect(errors[3]?.text?.fr).toBe('La colonne Depth cm est obligatoire');
    expect(errors.map(({ text: _, ...e }) => e)).toEqual([
      { row: 1, field: 'Variant Price', message: expect.stringContaining('"-5" is not a price') },
      { row: 2, field: 'Type', message: expect.stringContaining('"lamps" is not a category') },
      { row: 3, field: 'Placement', message: expect.stringContaining('"ceiling" is not a placement') },
      { row: 3, field: 'Depth cm', message: 'Depth cm is required' },
      { row: 4, field: 'Variant SKU', message: expect.stringContaining('SKU "VT-T-1" is also used by "lamp-test" (row 1)') },
      { row: 4, field: 'Variant Price', message: expect.stringContaining('"12.345" is not a price') },
      { row: 5, field: 'Handle', message: 'handle "lamp-two" is already used on row 2' },
      { row: 6, field: 'Variant SKU', message: 'SKU "VT-SOF-001" already belongs to product "sofa-oslo-3"' },
    ]);
  });

  it('a variant row that contradicts its product is wrong', () => {
    const { errors } = importText(csvOf([
      { ...lamp, 'Option1 Name': 'Colour', 'Option1 Value': 'Red' },
      { Handle: 'lamp-test', 'Option1 Value': 'Blue', Type: 'sofas', Title: 'Test lamp' },
    ]));
    expect(errors.map(({ text: _, ...e }) => e)).toEqual([{ row: 2, field: 'Type', message: '"sofas" contradicts row 1 of the same product ("lighting")' }]);
    expect(errors[0]?.text?.fr).toBe('« sofas » contredit la ligne 1 du même produit (« lighting »)');
  });

  it('reads prices as minor units, never as floats', () => {
    expect(parsePrice('1299')).toBe(129900);
    expect(parsePrice('1 299,9')).toBe(129990);
    expect(parsePrice('0.1')).toBe(10);
    expect(parsePrice('19.99')).toBe(1999);
    for (const bad of ['-1', '1e3', 'abc', '', '1.2.3', '12,345']) expect(parsePrice(bad)).toBeUndefined();
  });

  it('the export header is Shopify\'s columns, then Vitrine\'s', () => {
    expect(csvOf([]).split('\r\n')[0]).toBe(HEADER);
    expect(HEADER.startsWith('Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Compare At Price,Image Src,Status,Title FR,Body FR,Width cm,Height cm,Depth cm,Placement')).toBe(true);
  });
});
