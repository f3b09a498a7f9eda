import { BatchedMesh, Color, Group, Matrix4, type Material, type MeshStandardMaterial } from 'three';
import type { PlacedItem } from '../layout/placed-item';
import { itemBox } from '../layout/placed-item';
import { bucketMaterial, type BucketKey } from '../models/material-buckets';
import { LOD_COUNT, LOD_DISTANCES } from '../models/model-lods';
import type { LodGeometries } from './combo-geometries';

const WHITE = new Color(1, 1, 1);
const matrix = new Matrix4();
const turn = new Matrix4();
const drawn = new Matrix4();

/** Distinct product + variant pairs, each with its geometry at every level. */
export interface Combo {
  key: string;
  lods: LodGeometries[];
}

/**
 * Every product instance of the store in a few BatchedMeshes, one per material bucket (see
 * material-buckets.ts): the number of draw calls does not grow with the number of products.
 * Each instance switches between levels of detail by distance ({@link updateLod}, called when
 * the eye has moved, never per instance per frame), and three culls instances outside the view.
 * Highlight, "picked up" and "not in stock here" are per-instance colour and visibility: no React re-render.
 *
 * @example const batches = new ProductBatches(items, combos, comboOfItem); scene.add(batches.root)
 */
export class ProductBatches {
  readonly root = new Group();
  readonly batches: BatchedMesh[] = [];
  private readonly buckets: BucketKey[] = [];
  /** Per combo: geometry id for [lod * buckets + bucket], -1 when that level has nothing in that bucket. */
  private readonly geometryIds: Int32Array[];
  private readonly comboOf: Int32Array;
  /** Per item: its instance in each bucket (-1 when it has none there). */
  private readonly slots: Int32Array;
  private readonly lod: Uint8Array;
  private readonly hidden: Uint8Array;
  /** Per item: 1 when the store's stock fills that place, 0 when it is left empty. */
  private readonly stocked: Uint8Array;
  private readonly centres: Float32Array;
  private readonly materials: Material[] = [];

  constructor(items: readonly PlacedItem[], combos: readonly Combo[], comboOf: readonly number[]) {
    this.root.name = 'product-batches';
    // Which buckets exist, with the source material that defines each.
    const sources = new Map<BucketKey, MeshStandardMaterial>();
    for (const c of combos) for (const lod of c.lods) for (const [b, { material }] of lod) if (!sources.has(b)) sources.set(b, material);
    this.buckets = [...sources.keys()].sort();
    const B = this.buckets.length;
    const bucketIndex = new Map(this.buckets.map((b, i) => [b, i]));

    // Size each batch: all geometries it will ever draw, and one instance per item using it.
    const verts = new Array(B).fill(0);
    const indices = new Array(B).fill(0);
    const instances = new Array(B).fill(0);
    const comboBuckets = combos.map((c) => {
      const used = new Set<number>();
      for (const lod of c.lods) {
        for (const [b, { geometry }] of lod) {
          const i = bucketIndex.get(b)!;
          used.add(i);
          verts[i] += geometry.getAttribute('position').count;
          indices[i] += geometry.index!.count;
        }
      }
      return used;
    });
    this.comboOf = Int32Array.from(comboOf);
    // Every item names one of the combos: anything else is the caller's bug, refused here.
    const bucketsOf = (it: number) => {
      const used = comboBuckets[this.comboOf[it] ?? -1];
      if (!used) throw new RangeError(`item ${it} names combo ${this.comboOf[it]}, not one of the ${combos.length}`);
      return used;
    };
    for (let it = 0; it < items.length; it++) for (const b of bucketsOf(it)) instances[b]++;

    this.buckets.forEach((b, i) => {
      const material = bucketMaterial(b, sources.get(b)!);
      this.materials.push(material);
      const batch = new BatchedMesh(Math.max(1, instances[i]), Math.max(3, verts[i]), Math.max(3, indices[i]), material);
      batch.name = `products:${b}`;
      // Opaque batches draw in any order; sorting 1,000 instances per frame costs more than it saves.
      batch.sortObjects = b === 'glass';
      this.batches.push(batch);
      this.root.add(batch);
    });

    this.geometryIds = combos.map((c) => {
      const ids = new Int32Array(LOD_COUNT * B).fill(-1);
      c.lods.forEach((lod, l) => {
        for (const [b, { geometry }] of lod) {
          const bi = bucketIndex.get(b)!;
          ids[l * B + bi] = this.batch(bi).addGeometry(geometry);
        }
      });
      return ids;
    });

    this.slots = new Int32Array(items.length * B).fill(-1);
    this.lod = new Uint8Array(items.length).fill(LOD_COUNT - 1);
    this.hidden = new Uint8Array(items.length);
    this.stocked = new Uint8Array(items.length).fill(1);
    this.centres = new Float32Array(items.length * 3);
    items.forEach((it, i) => {
      const box = itemBox(it);
      this.centres.set([box.cx, box.cy, box.cz], i * 3);
      matrix.makeTranslation(it.x, it.y, it.z).multiply(turn.makeRotationY(it.rotY));
      const ids = this.geometryIdsOf(i);
      for (const b of bucketsOf(i)) {
        // Start at the coarsest level that has this bucket; updateLod sets the right one.
        let geometry = -1;
        for (let l = LOD_COUNT - 1; l >= 0 && geometry === -1; l--) geometry = ids[l * B + b] ?? -1;
        const batch = this.batch(b);
        const id = batch.addInstance(geometry);
        batch.setMatrixAt(id, matrix);
        batch.setColorAt(id, WHITE);
        batch.setVisibleAt(id, ids[(LOD_COUNT - 1) * B + b] !== -1);
        this.slots[i * B + b] = id;
      }
    });
    for (const batch of this.batches) {
      batch.computeBoundingBox();
      batch.computeBoundingSphere();
    }
  }

  /** The bucket materials, shared by every product of the store. */
  get sharedMaterials(): readonly Material[] {
    return this.materials;
  }

  /**
   * Picks each instance's level of detail for an eye at (x, y, z). Cheap (one distance per item)
   * but not free: call it when the eye has moved, not every frame.
   */
  updateLod(x: number, y: number, z: number): void {
    const B = this.buckets.length;
    const [d0, d1] = LOD_DISTANCES;
    const n = this.lod.length;
    for (let i = 0; i < n; i++) {
      // i < n items, and centres holds three numbers per item.
      const dx = this.centres[i * 3]! - x;
      const dy = this.centres[i * 3 + 1]! - y;
      const dz = this.centres[i * 3 + 2]! - z;
      const d2 = dx * dx + dy * dy + dz * dz;
      const lod = d2 < d0 * d0 ? 0 : d2 < d1 * d1 ? 1 : 2;
      if (lod === this.lod[i]) continue;
      this.lod[i] = lod;
      this.apply(i, B);
    }
  }

  /** Tints an instance (hover and selection), or restores it with null. */
  setTint(index: number, color: Color | null): void {
    const B = this.buckets.length;
    this.batches.forEach((batch, b) => {
      const id = this.slots[index * B + b] ?? -1;
      if (id !== -1) batch.setColorAt(id, color ?? WHITE);
    });
  }

  /** Hides an instance while it is in someone's hand. */
  setHidden(index: number, hidden: boolean): void {
    if (index < 0 || index >= this.hidden.length) return;
    this.hidden[index] = hidden ? 1 : 0;
    this.apply(index, this.buckets.length);
  }

  /**
   * Fills or empties places from the store's stock (`full[i]` 1 or 0, see shared/stock/shelf-facings.ts);
   * touches only the places that change. Returns how many changed.
   */
  setStocked(full: Uint8Array): number {
    const B = this.buckets.length;
    let changed = 0;
    const n = Math.min(full.length, this.stocked.length);
    for (let i = 0; i < n; i++) {
      const v = full[i] ? 1 : 0;
      if (v === this.stocked[i]) continue;
      this.stocked[i] = v;
      this.apply(i, B);
      changed++;
    }
    return changed;
  }

  /** Places drawn full (not emptied for lack of stock). */
  stockedCount(): number {
    return this.stocked.reduce((s, v) => s + v, 0);
  }

  /**
   * Where item i is drawn, for tests: each of its instances (one per material bucket) as its
   * position in the world and whether it is drawn. Read from the batches themselves, so it says
   * what the GPU is given, not what the layout asked for.
   *
   * @example batches.drawnAt(3) // [{ x: 2.4, y: 0, z: -1.1, visible: true }]
   */
  drawnAt(i: number): { x: number; y: number; z: number; visible: boolean }[] {
    const B = this.buckets.length;
    if (i < 0 || i >= this.lod.length) throw new RangeError(`item ${i} is not one of the ${this.lod.length} placed`);
    const out: { x: number; y: number; z: number; visible: boolean }[] = [];
    this.batches.forEach((batch, b) => {
      const id = this.slots[i * B + b] ?? -1;
      if (id === -1) return;
      batch.updateWorldMatrix(true, false);
      batch.getMatrixAt(id, drawn).premultiply(batch.matrixWorld);
      const e = drawn.elements;
      out.push({ x: e[12]!, y: e[13]!, z: e[14]!, visible: batch.getVisibleAt(id) });
    });
    return out;
  }

  /** Numbers for the benchmark and tests. */
  stats() {
    return { buckets: this.buckets.slice(), instances: this.lod.length, lodHistogram: [0, 1, 2].map((l) => this.lod.filter((x) => x === l).length) };
  }

  dispose(): void {
    for (const b of this.batches) b.dispose();
    for (const m of this.materials) m.dispose();
    this.root.clear();
  }

  private apply(i: number, B: number) {
    const ids = this.geometryIdsOf(i);
    const lod = this.lod[i] ?? LOD_COUNT - 1;
    this.batches.forEach((batch, b) => {
      // -1, the arrays' fill, is "no instance" and "nothing at this level".
      const id = this.slots[i * B + b] ?? -1;
      if (id === -1) return;
      const geometry = ids[lod * B + b] ?? -1;
      if (geometry === -1 || this.hidden[i] || !this.stocked[i]) {
        batch.setVisibleAt(id, false);
      } else {
        batch.setGeometryIdAt(id, geometry);
        batch.setVisibleAt(id, true);
      }
    });
  }

  /** The geometry ids of item i's combo (the constructor refused items naming no combo). */
  private geometryIdsOf(i: number): Int32Array {
    const ids = this.geometryIds[this.comboOf[i] ?? -1];
    if (!ids) throw new RangeError(`item ${i} is not one of the ${this.lod.length} placed`);
    return ids;
  }

  /** The batch of bucket b (one per bucket, made in the constructor). */
  private batch(b: number): BatchedMesh {
    const batch = this.batches[b];
    if (!batch) throw new RangeError(`bucket ${b} is not one of the ${this.batches.length}`);
    return batch;
  }
}
