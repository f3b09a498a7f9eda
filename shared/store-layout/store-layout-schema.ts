import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text';

/**
 * The walkable store as data (assets/store-layout/store-layout.json), validated once at load.
 *
 * Conventions: metres; y up; the entrance is at z = 0 and the store extends towards -z; x grows to
 * the right of someone walking in. Angles are degrees about +y, counter-clockwise seen from above
 * (three.js convention): a fixture turned by 90 has its local +x pointing to world -z.
 * Product origins follow assets/README: floor and table items stand on y = 0 centred in x and z;
 * wall items have their back on z = 0 and their vertical centre at y = 0. A product's front is +z.
 */
export const STORE_LAYOUT_VERSION = 1 as const;

const Vec2 = z.tuple([z.number(), z.number()]);

/** What a fixture can hold; see display-kind.ts for how a product gets its kind. */
export const DISPLAY_KINDS = ['floor', 'table', 'wall', 'rug'] as const;
export const DisplayKindSchema = z.enum(DISPLAY_KINDS);
export type DisplayKind = z.infer<typeof DisplayKindSchema>;

/** One shelf level: `y` where products stand, `clear` the free height above it. */
const LevelSchema = z.object({ y: z.number().min(0), clear: z.number().positive() });

const Placed = { id: z.string().min(1), x: z.number(), z: z.number(), rotYDeg: z.number().default(0) };

/**
 * What the merchant put on a fixture: these products first (in this order), then these
 * categories; whatever room is left takes the rest of the catalogue as usual.
 */
const Assigned = {
  products: z.array(z.string().min(1)).max(200).optional(),
  categories: z.array(z.string().min(1)).max(50).optional(),
};

/** Racks (furniture at true size) and gondolas (small items): products stand along each level. */
export const ShelvingSchema = z.object({
  ...Placed,
  type: z.literal('shelving'),
  style: z.enum(['rack', 'gondola']),
  /** Along local x. */
  length: z.number().positive(),
  /** Total depth along local z (both sides when double-sided). */
  depth: z.number().positive(),
  height: z.number().positive(),
  doubleSided: z.boolean().default(true),
  /** In fill priority order: the first levels are stocked first (eye level before the top). */
  levels: z.array(LevelSchema).min(1),
  holds: z.array(DisplayKindSchema).min(1),
  /** Space between two products on a level. */
  gap: z.number().min(0).default(0.1),
  /** Aisle number shown on its signs. */
  aisle: z.number().int().positive().optional(),
  ...Assigned,
});

/** Products hung on a wall: their back on the panel (local z = 0), facing local +z. */
export const WallDisplaySchema = z.object({
  ...Placed,
  type: z.literal('wallDisplay'),
  length: z.number().positive(),
  height: z.number().positive(),
  /** Row centre heights with the free height of each row, in fill priority order. */
  rows: z.array(LevelSchema).min(1),
  holds: z.array(DisplayKindSchema).min(1),
  gap: z.number().min(0).default(0.2),
  ...Assigned,
});

/** A pallet where copies of one flat product are stacked (rugs). */
export const PileSchema = z.object({
  ...Placed,
  type: z.literal('pile'),
  w: z.number().positive(),
  d: z.number().positive(),
  /** Height of the pallet the stack stands on. */
  base: z.number().min(0).default(0.12),
  maxHeight: z.number().positive(),
  holds: z.array(DisplayKindSchema).min(1),
  ...Assigned,
});

/** A display table (a room set's dining table, a nesting table): products stand on its top. */
export const TableSchema = z.object({
  ...Placed,
  type: z.literal('table'),
  w: z.number().positive(),
  d: z.number().positive(),
  h: z.number().positive(),
  holds: z.array(DisplayKindSchema).min(1),
  gap: z.number().min(0).default(0.1),
  ...Assigned,
});

const SetItemSchema = z.object({
  /** Unique in its set; other items refer to it with `on`. */
  id: z.string().min(1),
  productId: z.string().min(1),
  variantId: z.string().optional(),
  x: z.number(),
  z: z.number(),
  /** Height of the origin; for table items, omit it and name the item they stand `on`. */
  y: z.number().optional(),
  on: z.string().optional(),
  rotYDeg: z.number().default(0),
});
export type SetItem = z.infer<typeof SetItemSchema>;

/** A round plinth showing one hero product. */
export const PodiumSchema = z.object({
  ...Placed,
  type: z.literal('podium'),
  radius: z.number().positive(),
  height: z.number().positive(),
  item: SetItemSchema.omit({ x: true, z: true, y: true, on: true, id: true }).extend({ id: z.string().default('hero') }),
});

export const CounterSchema = z.object({
  ...Placed,
  type: z.literal('counter'),
  role: z.enum(['checkout', 'clickCollect', 'info']),
  w: z.number().positive(),
  d: z.number().positive(),
  h: z.number().positive(),
  label: LocalizedTextSchema,
});

/** A free-standing wall (room sets, screens). */
export const PartitionSchema = z.object({
  id: z.string().min(1),
  type: z.literal('partition'),
  from: Vec2,
  to: Vec2,
  height: z.number().positive(),
  thickness: z.number().positive().default(0.12),
  finish: z.enum(['plaster', 'wood', 'green']).default('plaster'),
});

export const FixtureSchema = z.discriminatedUnion('type', [ShelvingSchema, WallDisplaySchema, PileSchema, TableSchema, PodiumSchema, CounterSchema, PartitionSchema]);
export type Fixture = z.infer<typeof FixtureSchema>;
export type Shelving = z.infer<typeof ShelvingSchema>;
export type WallDisplay = z.infer<typeof WallDisplaySchema>;
export type Pile = z.infer<typeof PileSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Podium = z.infer<typeof PodiumSchema>;
export type Counter = z.infer<typeof CounterSchema>;
export type Partition = z.infer<typeof PartitionSchema>;

export const WallSchema = z.object({
  from: Vec2,
  to: Vec2,
  height: z.number().positive(),
  thickness: z.number().positive().default(0.3),
  finish: z.enum(['plaster', 'glass']).default('plaster'),
});
export type Wall = z.infer<typeof WallSchema>;

/** [minX, minZ, maxX, maxZ] */
const RectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).refine(([a, b, c, d]) => a < c && b < d, 'rect must be [minX, minZ, maxX, maxZ] with min < max');
export type Rect = z.infer<typeof RectSchema>;

export const FloorZoneSchema = z.object({ rect: RectSchema, finish: z.enum(['concrete', 'oak', 'mat', 'terrazzo']) });

/**
 * A hanging sign. Either fixed text, or `forFixture`: the categories actually stocked on that
 * fixture, so signs never lie about what is on the shelves.
 */
export const SignSchema = z.object({
  id: z.string().min(1),
  x: z.number(),
  y: z.number(),
  z: z.number(),
  rotYDeg: z.number().default(0),
  w: z.number().positive(),
  h: z.number().positive(),
  text: LocalizedTextSchema.optional(),
  forFixture: z.string().optional(),
  style: z.enum(['aisle', 'zone', 'service']).default('zone'),
}).refine((s) => !!s.text !== !!s.forFixture, 'a sign has either text or forFixture');
export type Sign = z.infer<typeof SignSchema>;

/** Furnished room vignettes. A set may be empty while the merchant is still dressing it. */
export const RoomSetSchema = z.object({
  id: z.string().min(1),
  name: LocalizedTextSchema,
  items: z.array(SetItemSchema).max(200),
});
export type RoomSet = z.infer<typeof RoomSetSchema>;

export const StoreLayoutSchema = z.object({
  version: z.literal(STORE_LAYOUT_VERSION),
  name: LocalizedTextSchema,
  bounds: RectSchema,
  ceilingHeight: z.number().positive(),
  /** Where a visitor appears (feet), looking along yawDeg (0 = towards -z). */
  spawn: z.object({ x: z.number(), z: z.number(), yawDeg: z.number().default(0) }),
  /** Product instances on the shelves when the URL does not say `?items=`. */
  defaultItems: z.number().int().positive(),
  /** Category order along the shelves (and on signs). */
  categoryOrder: z.array(z.string()).min(1),
  walls: z.array(WallSchema).min(1),
  floors: z.array(FloorZoneSchema).default([]),
  /** Bounded so the pairwise overlap check of a saved layout stays instant. */
  fixtures: z.array(FixtureSchema).max(500),
  sets: z.array(RoomSetSchema).max(50).default([]),
  signs: z.array(SignSchema).default([]),
  ceilingLights: z.object({ spacingX: z.number().positive(), spacingZ: z.number().positive(), w: z.number().positive(), d: z.number().positive() }),
});
export type StoreLayout = z.infer<typeof StoreLayoutSchema>;

/**
 * Validates layout JSON and checks references (unique ids, `on`, `forFixture`) so a typo fails
 * at load with a readable message instead of a product floating in mid-air.
 *
 * @example const layout = parseStoreLayout(await (await fetch(url)).json())
 */
export function parseStoreLayout(json: unknown): StoreLayout {
  const result = StoreLayoutSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`store layout is invalid: ${first.join('; ')}`);
  }
  const layout = result.data;
  const ids = new Set<string>();
  for (const f of layout.fixtures) {
    if (ids.has(f.id)) throw new Error(`store layout: duplicate fixture id "${f.id}"`);
    ids.add(f.id);
  }
  for (const s of layout.signs) {
    if (s.forFixture && !ids.has(s.forFixture)) throw new Error(`store layout: sign "${s.id}" refers to unknown fixture "${s.forFixture}"`);
  }
  for (const set of layout.sets) {
    const itemIds = new Set<string>();
    for (const it of set.items) {
      if (itemIds.has(it.id)) throw new Error(`store layout: duplicate item id "${it.id}" in set "${set.id}"`);
      if (it.on && !itemIds.has(it.on)) throw new Error(`store layout: item "${it.id}" in set "${set.id}" stands on "${it.on}", which must be listed before it`);
      itemIds.add(it.id);
    }
  }
  return layout;
}
