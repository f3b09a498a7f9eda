import { z } from 'zod';
import { MoneySchema } from '../money';
import { LocalizedTextSchema } from '../i18n-text';

import { CATEGORIES, PLACEMENTS } from './catalogue-enums';

export { CATEGORIES, PLACEMENTS };
export const PlacementSchema = z.enum(PLACEMENTS);
export type Placement = z.infer<typeof PlacementSchema>;

export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** Outer size in metres: width (x), height (y), depth (z). */
export const DimensionsSchema = z.object({
  w: z.number().positive().max(20),
  h: z.number().positive().max(20),
  d: z.number().positive().max(20),
});
export type Dimensions = z.infer<typeof DimensionsSchema>;

/** A colour, fabric or material option: same geometry, other materials, maybe its own SKU and price. */
export const VariantSchema = z.object({
  id: z.string().min(1),
  name: LocalizedTextSchema,
  /** Swatch colour shown in the picker, CSS hex. */
  swatch: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** The merchant's SKU for this variant; absent: the product's. */
  sku: z.string().min(1).optional(),
  /** Absent: the product's price. */
  price: MoneySchema.optional(),
  compareAtPrice: MoneySchema.optional(),
  /** This variant's own model, when it differs by more than its materials. */
  model: z.object({ glb: z.string(), usdz: z.string() }).optional(),
});
export type Variant = z.infer<typeof VariantSchema>;

export const ProductSchema = z.object({
  id: z.string().min(1),
  sku: z.string().min(1),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  category: CategorySchema,
  price: MoneySchema,
  dimensionsM: DimensionsSchema,
  placement: PlacementSchema,
  model: z.object({ glb: z.string(), usdz: z.string() }),
  thumbnail: z.string(),
  variants: z.array(VariantSchema).default([]),
  /** Drafts are only seen in the back office; absent means published. */
  status: z.enum(['published', 'draft']).optional(),
  /** The "was" price shown struck through; informative only, never charged. */
  compareAtPrice: MoneySchema.optional(),
  vendor: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
export type Product = z.infer<typeof ProductSchema>;
