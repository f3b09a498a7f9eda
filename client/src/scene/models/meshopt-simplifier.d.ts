/** The subset of three's bundled meshoptimizer simplifier used for levels of detail. */
declare module 'three/examples/jsm/libs/meshopt_simplifier.module.js' {
  type Indices = Uint32Array | Uint16Array | Int32Array | Int16Array;
  export const MeshoptSimplifier: {
    ready: Promise<void>;
    supported: boolean;
    simplify(indices: Indices, positions: Float32Array, stride: number, targetIndexCount: number, targetError: number, flags?: string[]): [Uint32Array, number];
    simplifySloppy(indices: Indices, positions: Float32Array, stride: number, lock: Uint8Array | null, targetIndexCount: number, targetError: number): [Uint32Array, number];
  };
}
