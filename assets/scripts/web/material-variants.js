// Switches a catalogue GLB loaded with three's GLTFLoader between its colour/fabric variants
// (KHR_materials_variants, variant names = catalogue variant ids). Plain JS so it runs in the
// render pages as is; app code can import it too (types in material-variants.d.ts).

/**
 * Lists the variant ids a loaded model offers, in catalogue order (the first is the default).
 * @param {{userData: Record<string, any>}} gltf
 * @returns {string[]}
 */
export function listVariants(gltf) {
  return (gltf.userData.gltfExtensions?.KHR_materials_variants?.variants ?? []).map((v) => v.name);
}

/**
 * Puts every mapped mesh of the model in the given variant. Materials are loaded once by the
 * parser and cached, so switching back and forth costs nothing after the first time.
 * @example await selectVariant(gltf, 'anthracite');
 * @param {{userData: Record<string, any>, scene: import('three').Object3D, parser: {getDependency(type: string, index: number): Promise<any>}}} gltf
 * @param {string} variantId
 * @returns {Promise<void>}
 */
export async function selectVariant(gltf, variantId) {
  const index = listVariants(gltf).indexOf(variantId);
  if (index < 0) throw new Error(`selectVariant: the model has no variant "${variantId}"`);
  const jobs = [];
  gltf.scene.traverse((object) => {
    const mappings = object.userData.gltfExtensions?.KHR_materials_variants?.mappings;
    const mapping = mappings?.find((m) => m.variants.includes(index));
    if (!object.isMesh || !mapping) return;
    jobs.push(gltf.parser.getDependency('material', mapping.material).then((material) => (object.material = material)));
  });
  await Promise.all(jobs);
}
