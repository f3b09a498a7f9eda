import { Color, MeshStandardMaterial, type Texture } from 'three';
import { travertineTexture, woodGrain } from './textures';

/*
 * Named PBR materials. The names are part of the asset contract (see assets/README.md): the
 * client finds the recolourable material by name, and one product never has two materials
 * with the same name.
 */

export type Pbr = MeshStandardMaterial;

interface Options {
  roughness?: number;
  metalness?: number;
  map?: Texture;
  emissive?: string;
  emissiveIntensity?: number;
  opacity?: number;
}

/** A standard PBR material; colours are CSS hex in sRGB, stored linear as three does. */
export function pbr(name: string, color: string, o: Options = {}): Pbr {
  const m = new MeshStandardMaterial({
    name,
    color: new Color(color),
    roughness: o.roughness ?? 0.6,
    metalness: o.metalness ?? 0,
    map: o.map ?? null,
  });
  if (o.emissive) {
    m.emissive = new Color(o.emissive);
    m.emissiveIntensity = o.emissiveIntensity ?? 1;
  }
  if (o.opacity !== undefined && o.opacity < 1) {
    m.transparent = true;
    m.opacity = o.opacity;
    m.depthWrite = false;
  }
  return m;
}

export const fabric = (color: string, name = 'fabric') => pbr(name, color, { roughness: 0.92 });
export const leather = (color: string, name = 'leather') => pbr(name, color, { roughness: 0.48 });
export const wool = (color: string, name = 'wool', map?: Texture) => pbr(name, color, { roughness: 0.98, map });
export const wood = (color: string, name = 'wood') => grained(pbr(name, color, { roughness: 0.55, map: woodGrain() }));
/** Lacquered or painted panels: smooth, no grain. */
export const paint = (color: string, name = 'paint') => pbr(name, color, { roughness: 0.45 });
export const metal = (color: string, name = 'metal', roughness = 0.38) => pbr(name, color, { metalness: 1, roughness });
export const blackMetal = (name = 'metal') => pbr(name, '#222224', { metalness: 0.6, roughness: 0.42 });
export const brass = (name = 'brass') => metal('#c9a45c', name, 0.3);
export const steel = (name = 'steel') => metal('#b8bcc0', name, 0.3);
export const ceramic = (color: string, name = 'ceramic') => pbr(name, color, { roughness: 0.28 });
export const stone = (color: string, name = 'stone', map?: Texture) => pbr(name, color, { roughness: 0.7, map });
export const travertine = (color: string, name = 'stone') => grained(pbr(name, color, { roughness: 0.62, map: travertineTexture() }));

/** Marks a material whose texture is a grain that parts must map in metres (see Parts.add). */
function grained(m: Pbr): Pbr {
  m.userData.grain = true;
  return m;
}
export const lampShade = (color: string, name = 'shade') =>
  pbr(name, color, { roughness: 0.95, emissive: '#ffdcaa', emissiveIntensity: 0.22 });
/** Opal glass of a lit globe: diffuse white that glows a little. */
export const opal = (name = 'opal-glass') => pbr(name, '#f7f3ea', { roughness: 0.35, emissive: '#ffe3b8', emissiveIntensity: 0.45 });
export const glass = (color: string, name = 'glass') => pbr(name, color, { roughness: 0.05, opacity: 0.35 });
/** A silvered mirror: fully metallic, near-white, almost smooth. */
export const mirrorGlass = (name = 'mirror-glass') => pbr(name, '#f2f4f5', { metalness: 1, roughness: 0.03 });
export const plant = (color: string, name = 'leaf') => pbr(name, color, { roughness: 0.7 });
