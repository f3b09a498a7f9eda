import type { Product, Category, Placement } from '../../shared/catalogue/product';

const KINDS: { category: Category; fr: string; en: string; placement: Placement }[] = [
  { category: 'sofas', fr: 'Canapé', en: 'Sofa', placement: 'floor' },
  { category: 'armchairs', fr: 'Fauteuil', en: 'Armchair', placement: 'floor' },
  { category: 'tables', fr: 'Table', en: 'Table', placement: 'floor' },
  { category: 'chairs', fr: 'Chaise', en: 'Chair', placement: 'floor' },
  { category: 'lighting', fr: 'Lampe', en: 'Lamp', placement: 'table' },
  { category: 'storage', fr: 'Bibliothèque', en: 'Bookcase', placement: 'floor' },
  { category: 'rugs', fr: 'Tapis', en: 'Rug', placement: 'floor' },
  { category: 'decor', fr: 'Miroir', en: 'Mirror', placement: 'wall' },
];
const MATERIALS = [
  ['en velours', 'velvet'], ['en lin', 'linen'], ['en chêne', 'oak'], ['en noyer', 'walnut'], ['en laine', 'wool'],
  ['en rotin', 'rattan'], ['en cuir', 'leather'], ['en céramique', 'ceramic'], ['en laiton', 'brass'], ['en bouclette', 'boucle'],
] as const;
const NAMES = ['Oslo', 'Loire', 'Arc', 'Bulle', 'Galet', 'Atelier', 'Calanque', 'Soleil', 'Mora', 'Lisa', 'Phare', 'Gare', 'Dune', 'Sable', 'Brume', 'Cèdre', 'Iris', 'Opale', 'Rivage', 'Alizé'];

/**
 * A deterministic merchant catalogue of `n` products in French and English, for benchmarks.
 *
 * @example const items = generateProducts(10_000);
 */
export function generateProducts(n: number): Product[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const [matFr, matEn] = MATERIALS[Math.floor(i / KINDS.length) % MATERIALS.length]!;
    const name = `${NAMES[Math.floor(i / 80) % NAMES.length]} ${Math.floor(i / 1600) + 1}`;
    const id = `gen-${kind.category}-${i}`;
    return {
      id,
      sku: `GEN-${String(i).padStart(5, '0')}`,
      name: { fr: `${kind.fr} ${name} ${matFr}`, en: `${name} ${matEn} ${kind.en.toLowerCase()}` },
      description: { fr: `${kind.fr} ${matFr}, fabriqué en France. Modèle ${i}.`, en: `A ${matEn} ${kind.en.toLowerCase()}, made in France. Model ${i}.` },
      category: kind.category,
      price: { amount: 1_900 + ((i * 7919) % 250_000), currency: 'EUR' },
      dimensionsM: { w: 0.5 + (i % 5) * 0.3, h: 0.4 + (i % 4) * 0.3, d: 0.4 + (i % 3) * 0.2 },
      placement: kind.placement,
      model: { glb: '/models/chair-arc.glb', usdz: '/models/chair-arc.usdz' },
      thumbnail: '/posters/chair-arc.webp',
      variants: [],
    };
  });
}
