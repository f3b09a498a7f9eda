import { strFromU8, unzipSync } from 'three/examples/jsm/libs/fflate.module.js';

/**
 * The base colour (linear RGB, as three's USDZExporter writes it) of the material bound to the
 * mesh prim `meshName` in a USDZ: the PreviewSurface's `diffuseColor`, or when that comes from
 * a texture, the texture's `scale` (the factor the texture is multiplied by). Null when the prim
 * or its colour is not found.
 *
 * @example usdzMaterialColour(readFileSync('sofa-oslo-3.usdz'), 'fabric') // [0.584, 0.474, 0.332]
 */
export function usdzMaterialColour(usdz: Uint8Array, meshName: string): [number, number, number] | null {
  const entries = unzipSync(usdz, { filter: (f) => f.name === 'model.usda' });
  if (!entries['model.usda']) return null;
  const usda = strFromU8(entries['model.usda']);
  // The exporter keeps only [A-Za-z0-9_] of object names ("opal-glass" becomes "opalglass").
  const prim = meshName.replace(/[^A-Za-z0-9_]/g, '');
  const binding = new RegExp(`def Xform "${prim}"[^{]*\\{[^}]*?rel material:binding = </Materials/([A-Za-z0-9_]+)>`).exec(usda);
  if (!binding) return null;
  const start = usda.indexOf(`def Material "${binding[1]}"`);
  if (start < 0) return null;
  const next = usda.indexOf('def Material "', start + 1);
  const material = usda.slice(start, next < 0 ? undefined : next);
  const direct = /color3f inputs:diffuseColor = \(([^)]*)\)/.exec(material);
  if (direct?.[1] !== undefined) return triple(direct[1]);
  const connected = /color3f inputs:diffuseColor\.connect = <[^>]*\/([A-Za-z0-9_]+)\.outputs:rgb>/.exec(material);
  if (connected?.[1] === undefined) return null;
  const at = material.indexOf(`def Shader "${connected[1]}"`);
  if (at < 0) return null;
  const scale = /float4 inputs:scale = \(([^)]*)\)/.exec(material.slice(at, material.indexOf('}', at)));
  return scale?.[1] !== undefined ? triple(scale[1]) : null;
}

/** The three numbers of a USDA tuple's inside ("0.5, 0.4, 0.3"), or null when it has fewer. */
function triple(list: string): [number, number, number] | null {
  const [r, g, b] = list.split(',').map(Number);
  return r === undefined || g === undefined || b === undefined ? null : [r, g, b];
}
