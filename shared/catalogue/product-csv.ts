import type { Product, Variant } from './product';
import { CATEGORIES, PLACEMENTS } from './catalogue-enums';
import { htmlToText, textToHtml } from './html-text';
import type { JobError } from '../http/job-schemas';
import type { LocalizedText } from '../i18n-text';

/**
 * Shopify's product CSV layout, then Vitrine's own columns. Shopify's importer ignores columns it
 * does not know, so the same file goes both ways. `SKU`, `Price` and `Compare At Price` are the
 * product's own (a variant's columns left empty mean "the product's"); a file from Shopify lacks
 * them and the first row's variant columns stand in.
 */
export const PRODUCT_CSV_COLUMNS = [
  'Handle', 'Title', 'Body (HTML)', 'Vendor', 'Type', 'Tags', 'Published',
  'Option1 Name', 'Option1 Value', 'Variant SKU', 'Variant Price', 'Variant Compare At Price', 'Image Src', 'Status',
  'Title FR', 'Body FR', 'Width cm', 'Height cm', 'Depth cm', 'Placement',
  'SKU', 'Price', 'Compare At Price', 'Variant ID', 'Option1 Value FR', 'Variant Swatch',
] as const;
export type ProductCsvColumn = (typeof PRODUCT_CSV_COLUMNS)[number];
export type ProductCsvRow = Partial<Record<ProductCsvColumn, string>>;

/** What a CSV row set says about a product: everything but the 3D model, which has its own upload. */
export type CsvProduct = Omit<Product, 'model' | 'thumbnail'> & { thumbnail?: string };

/** Shopify's marker for a product without options: its single row is not a variant. */
const DEFAULT_OPTION = 'Default Title';
const DEFAULT_SWATCH = '#9a9a9a';
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Columns a variant's further row may repeat (Shopify leaves them blank), but never change. */
const PRODUCT_COLUMNS: ProductCsvColumn[] = [
  'Title', 'Body (HTML)', 'Vendor', 'Type', 'Tags', 'Published', 'Status', 'Title FR', 'Body FR',
  'Width cm', 'Height cm', 'Depth cm', 'Placement', 'SKU', 'Price', 'Compare At Price', 'Option1 Name', 'Image Src',
];

function formatPrice(amount: number): string {
  return (amount / 100).toFixed(2);
}

function formatCm(metres: number): string {
  return String(Math.round(metres * 1e6) / 1e4);
}

/**
 * The CSV rows of some products: one row per variant (the first also carries the product), or a
 * single "Default Title" row for a product without variants.
 *
 * @example writeCsv(PRODUCT_CSV_COLUMNS, productsToCsvRows(catalogue.products))
 */
export function productsToCsvRows(products: readonly (CsvProduct | Product)[]): ProductCsvRow[] {
  const rows: ProductCsvRow[] = [];
  for (const p of products) {
    const draft = p.status === 'draft';
    const head: ProductCsvRow = {
      Handle: p.id,
      Title: p.name.en,
      'Body (HTML)': textToHtml(p.description.en),
      Vendor: p.vendor ?? '',
      Type: p.category,
      Tags: (p.tags ?? []).join(', '),
      Published: draft ? 'FALSE' : 'TRUE',
      Status: draft ? 'draft' : 'active',
      'Image Src': p.thumbnail ?? '',
      'Title FR': p.name.fr,
      'Body FR': textToHtml(p.description.fr),
      'Width cm': formatCm(p.dimensionsM.w),
      'Height cm': formatCm(p.dimensionsM.h),
      'Depth cm': formatCm(p.dimensionsM.d),
      Placement: p.placement,
      SKU: p.sku,
      Price: formatPrice(p.price.amount),
      'Compare At Price': p.compareAtPrice ? formatPrice(p.compareAtPrice.amount) : '',
    };
    if (!p.variants.length) {
      rows.push({
        ...head, 'Option1 Name': 'Title', 'Option1 Value': DEFAULT_OPTION,
        'Variant SKU': p.sku, 'Variant Price': formatPrice(p.price.amount), 'Variant Compare At Price': head['Compare At Price'],
      });
      continue;
    }
    p.variants.forEach((v, i) => {
      const variant: ProductCsvRow = {
        Handle: p.id,
        'Option1 Value': v.name.en,
        'Option1 Value FR': v.name.fr,
        'Variant ID': v.id,
        'Variant Swatch': v.swatch,
        'Variant SKU': v.sku ?? '',
        'Variant Price': v.price ? formatPrice(v.price.amount) : '',
        'Variant Compare At Price': v.compareAtPrice ? formatPrice(v.compareAtPrice.amount) : '',
      };
      rows.push(i === 0 ? { ...head, 'Option1 Name': 'Colour', ...variant } : variant);
    });
  }
  return rows;
}

/** What the importer knows of the store beyond the file, to check SKUs are not someone else's. */
export interface ProductCsvContext {
  currency: string;
  /** The product that owns a SKU today, if any. */
  skuOwner?: (sku: string) => string | undefined;
}

export interface ProductCsvResult {
  products: CsvProduct[];
  errors: JobError[];
}

/** `1299`, `1299.5`, `1 299,00` -> minor units; undefined when malformed or negative. */
export function parsePrice(raw: string): number | undefined {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (!/^\d+(?:[.,]\d{1,2})?$/.test(s)) return undefined;
  const [units, cents = ''] = s.split(/[.,]/);
  const amount = Number(units) * 100 + Number(cents.padEnd(2, '0'));
  return Number.isSafeInteger(amount) ? amount : undefined;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Products from the rows of a product CSV, with every problem found as `{row, field, message}`
 * (`row` 1 is the first data row). Rows sharing a Handle are one product's variants and need not
 * follow each other. When `errors` is not empty nothing should be applied.
 *
 * @example const { products, errors } = csvRowsToProducts(readCsvTable(text).rows, { currency: 'EUR' });
 */
export function csvRowsToProducts(rows: readonly ProductCsvRow[], ctx: ProductCsvContext): ProductCsvResult {
  const errors: JobError[] = [];
  const fail = (row: number, field: ProductCsvColumn, text: LocalizedText) => errors.push({ row, field, message: text.en, text });
  const groups = new Map<string, { row: number; cells: ProductCsvRow }[]>();
  for (const [i, cells] of rows.entries()) {
    const row = i + 1;
    const handle = (cells.Handle ?? '').trim();
    if (!handle) fail(row, 'Handle', { en: 'Handle is required', fr: 'Le Handle est obligatoire' });
    else if (!HANDLE.test(handle)) fail(row, 'Handle', { en: `"${handle}" is not a handle (lowercase letters, digits and dashes)`, fr: `« ${handle} » n’est pas un Handle (minuscules, chiffres et tirets)` });
    else groups.set(handle, [...(groups.get(handle) ?? []), { row, cells }]);
  }

  const products: CsvProduct[] = [];
  const skuSeen = new Map<string, { handle: string; row: number }>();
  const claimSku = (sku: string, handle: string, row: number, field: ProductCsvColumn) => {
    const seen = skuSeen.get(sku);
    if (seen && seen.handle !== handle) fail(row, field, { en: `SKU "${sku}" is also used by "${seen.handle}" (row ${seen.row})`, fr: `Le SKU « ${sku} » sert aussi à « ${seen.handle} » (ligne ${seen.row})` });
    else if (!seen) skuSeen.set(sku, { handle, row });
    const owner = ctx.skuOwner?.(sku);
    if (owner && owner !== handle) fail(row, field, { en: `SKU "${sku}" already belongs to product "${owner}"`, fr: `Le SKU « ${sku} » appartient déjà au produit « ${owner} »` });
  };

  for (const [handle, rowsOfHandle] of groups) {
    let group = rowsOfHandle;
    const [first] = group;
    if (!first) continue;
    if (group.length > 1) {
      const lone = group.find(({ cells }) => ['', DEFAULT_OPTION].includes((cells['Option1 Value'] ?? '').trim()));
      if (lone) {
        for (const { row } of group.filter((g) => g !== first)) fail(row, 'Handle', { en: `handle "${handle}" is already used on row ${first.row}`, fr: `le Handle « ${handle} » est déjà pris à la ligne ${first.row}` });
        group = [first];
      }
    }
    const at = (c: ProductCsvColumn) => (first.cells[c] ?? '').trim();
    const errorsBefore = errors.length;
    const need = (c: ProductCsvColumn) => {
      const v = at(c);
      if (!v) fail(first.row, c, { en: `${c} is required`, fr: `La colonne ${c} est obligatoire` });
      return v;
    };
    const price = (row: number, c: ProductCsvColumn, raw: string) => {
      if (!raw) return undefined;
      const amount = parsePrice(raw);
      if (amount === undefined) fail(row, c, { en: `"${raw}" is not a price (a positive amount such as 129.90)`, fr: `« ${raw} » n’est pas un prix (un montant positif comme 129.90)` });
      return amount === undefined ? undefined : { amount, currency: ctx.currency };
    };
    const cm = (c: ProductCsvColumn) => {
      const raw = at(c).replace(',', '.');
      if (!raw) return void fail(first.row, c, { en: `${c} is required`, fr: `La colonne ${c} est obligatoire` });
      const n = Number(raw);
      if (!/^\d+(\.\d+)?$/.test(raw) || !(n > 0) || n > 2000) return void fail(first.row, c, { en: `"${at(c)}" is not a size in centimetres (above 0, at most 2000)`, fr: `« ${at(c)} » n’est pas une taille en centimètres (plus de 0, au plus 2000)` });
      return Math.round(n * 1e4) / 1e6;
    };

    // A further row may repeat a product column (some tools fill them all) but not say otherwise.
    for (const other of group.slice(1)) {
      for (const c of PRODUCT_COLUMNS) {
        const v = (other.cells[c] ?? '').trim();
        if (v && v !== at(c)) fail(other.row, c, { en: `"${v}" contradicts row ${first.row} of the same product ("${at(c)}")`, fr: `« ${v} » contredit la ligne ${first.row} du même produit (« ${at(c)} »)` });
      }
    }

    const titleEn = need('Title');
    const titleFr = at('Title FR') || titleEn;
    const bodyEn = htmlToText(first.cells['Body (HTML)'] ?? '');
    const bodyFr = htmlToText(first.cells['Body FR'] ?? '') || bodyEn;
    if (!bodyEn) fail(first.row, 'Body (HTML)', { en: 'a description is required', fr: 'une description est obligatoire' });
    const type = at('Type').toLowerCase();
    if (!(CATEGORIES as readonly string[]).includes(type)) {
      fail(first.row, 'Type', type
        ? { en: `"${at('Type')}" is not a category (${CATEGORIES.join(', ')})`, fr: `« ${at('Type')} » n’est pas une catégorie (${CATEGORIES.join(', ')})` }
        : { en: `Type is required (${CATEGORIES.join(', ')})`, fr: `La colonne Type est obligatoire (${CATEGORIES.join(', ')})` });
    }
    const placement = at('Placement').toLowerCase();
    if (!(PLACEMENTS as readonly string[]).includes(placement)) {
      fail(first.row, 'Placement', placement
        ? { en: `"${at('Placement')}" is not a placement (${PLACEMENTS.join(', ')})`, fr: `« ${at('Placement')} » n’est pas un emplacement (${PLACEMENTS.join(', ')})` }
        : { en: `Placement is required (${PLACEMENTS.join(', ')})`, fr: `La colonne Placement est obligatoire (${PLACEMENTS.join(', ')})` });
    }
    const dims = { w: cm('Width cm'), h: cm('Height cm'), d: cm('Depth cm') };
    const status = statusOf(at('Status'), at('Published'));
    if (!status) fail(first.row, at('Status') ? 'Status' : 'Published', { en: `"${at('Status') || at('Published')}" is not a status (active, draft; TRUE, FALSE)`, fr: `« ${at('Status') || at('Published')} » n’est pas un statut (active, draft ; TRUE, FALSE)` });

    const isDefault = group.length === 1 && (at('Option1 Value') === '' || at('Option1 Value') === DEFAULT_OPTION);
    const sku = at('SKU') || at('Variant SKU');
    if (!sku) fail(first.row, 'SKU', { en: 'a SKU is required (SKU or Variant SKU)', fr: 'un SKU est obligatoire (SKU ou Variant SKU)' });
    else claimSku(sku, handle, first.row, at('SKU') ? 'SKU' : 'Variant SKU');
    const productPrice = at('Price') ? price(first.row, 'Price', at('Price')) : price(first.row, 'Variant Price', at('Variant Price'));
    if (!at('Price') && !at('Variant Price')) fail(first.row, 'Price', { en: 'a price is required (Price or Variant Price)', fr: 'un prix est obligatoire (Price ou Variant Price)' });
    const compareAt = at('Compare At Price')
      ? price(first.row, 'Compare At Price', at('Compare At Price'))
      : isDefault ? price(first.row, 'Variant Compare At Price', at('Variant Compare At Price')) : undefined;
    const image = at('Image Src');
    if (image && !/^(\/[^\s]*|https:\/\/[^\s]+)$/.test(image)) fail(first.row, 'Image Src', { en: `"${image}" is not a path or an https address`, fr: `« ${image} » n’est ni un chemin ni une adresse https` });

    const variants: Variant[] = [];
    if (!isDefault) {
      const ids = new Map<string, number>();
      for (const { row, cells } of group) {
        const cell = (c: ProductCsvColumn) => (cells[c] ?? '').trim();
        const nameEn = cell('Option1 Value');
        if (!nameEn) {
          fail(row, 'Option1 Value', { en: 'each variant needs an Option1 Value', fr: 'chaque variante a besoin d’une Option1 Value' });
          continue;
        }
        const id = cell('Variant ID') || slug(nameEn);
        if (!id) fail(row, 'Variant ID', { en: `no variant id can be made from "${nameEn}"`, fr: `aucun identifiant de variante ne peut être tiré de « ${nameEn} »` });
        const twin = ids.get(id);
        if (twin) fail(row, cell('Variant ID') ? 'Variant ID' : 'Option1 Value', { en: `variant "${id}" is already on row ${twin}`, fr: `la variante « ${id} » est déjà à la ligne ${twin}` });
        ids.set(id, row);
        const swatch = cell('Variant Swatch') || DEFAULT_SWATCH;
        if (!/^#[0-9a-fA-F]{6}$/.test(swatch)) fail(row, 'Variant Swatch', { en: `"${swatch}" is not a colour such as #c9b79c`, fr: `« ${swatch} » n’est pas une couleur comme #c9b79c` });
        const vSku = cell('Variant SKU');
        if (vSku) claimSku(vSku, handle, row, 'Variant SKU');
        const vPrice = price(row, 'Variant Price', cell('Variant Price'));
        const vCompare = price(row, 'Variant Compare At Price', cell('Variant Compare At Price'));
        variants.push({
          id, name: { en: nameEn, fr: cell('Option1 Value FR') || nameEn }, swatch,
          ...(vSku && vSku !== sku ? { sku: vSku } : {}),
          ...(vPrice && vPrice.amount !== productPrice?.amount ? { price: vPrice } : {}),
          ...(vCompare ? { compareAtPrice: vCompare } : {}),
        });
      }
    }
    if (errors.length > errorsBefore) continue;
    const tags = at('Tags').split(',').map((t) => t.trim()).filter(Boolean);
    products.push({
      id: handle,
      sku,
      name: { en: titleEn, fr: titleFr },
      description: { en: bodyEn, fr: bodyFr },
      category: type as Product['category'],
      price: productPrice!,
      dimensionsM: dims as Product['dimensionsM'],
      placement: placement as Product['placement'],
      variants,
      status: status!,
      ...(compareAt ? { compareAtPrice: compareAt } : {}),
      ...(at('Vendor') ? { vendor: at('Vendor') } : {}),
      ...(tags.length ? { tags } : {}),
      ...(image ? { thumbnail: image } : {}),
    });
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { products, errors };
}

/** Shopify's Status (active, draft, archived) wins over its older Published column. */
function statusOf(status: string, published: string): 'published' | 'draft' | undefined {
  const s = status.toLowerCase();
  if (s) return s === 'active' ? 'published' : s === 'draft' || s === 'archived' ? 'draft' : undefined;
  const p = published.toLowerCase();
  if (!p || ['true', 'yes', 'oui', 'vrai', '1'].includes(p)) return 'published';
  if (['false', 'no', 'non', 'faux', '0'].includes(p)) return 'draft';
  return undefined;
}
