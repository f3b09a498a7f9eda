export interface PmremMip {
  data: Uint16Array;
  width: number;
  height: number;
}
export interface PmremFace {
  width: number;
  height: number;
  mipmaps: PmremMip[];
}
/** Inflates the file unless the server already did. */
export function inflateIfGzip(bytes: Uint8Array): Promise<Uint8Array>;
/** The six faces' half-float mip chains and the file's header. */
export function readPmremFaces(bytes: Uint8Array): { header: { size: number; levels: number } & Record<string, unknown>; faces: PmremFace[] };
