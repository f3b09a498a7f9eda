import type { LocalizedText } from '../i18n-text';

/**
 * What the model job tells the back office, in every language it speaks: the steps it goes
 * through and why it refused a file. The English is also the job's plain `message`, read by
 * outside clients and logs. Details quoted from a library (the glTF validator, the zip reader)
 * stay as that library wrote them.
 */

const UNIT_NAMES = {
  metres: { fr: 'mètres', en: 'metres' },
  centimetres: { fr: 'centimètres', en: 'centimetres' },
  millimetres: { fr: 'millimètres', en: 'millimetres' },
  inches: { fr: 'pouces', en: 'inches' },
} as const;
export type ModelUnitName = keyof typeof UNIT_NAMES;

const DIMENSION_NAMES = {
  w: { fr: 'la largeur', en: 'width' },
  h: { fr: 'la hauteur', en: 'height' },
  d: { fr: 'la profondeur', en: 'depth' },
} as const;

const frNumber = (n: number | string) => String(n).replace('.', ',');
const mibEn = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const mibFr = (n: number) => `${frNumber((n / 1024 / 1024).toFixed(1))} Mio`;
const cmEn = (m: number) => `${(m * 100).toFixed(1)} cm`;
const cmFr = (m: number) => `${frNumber((m * 100).toFixed(1))} cm`;

/** The steps the job reports as it goes, in order. */
export const MODEL_JOB_STEPS = {
  unpack: { fr: 'Ouverture du fichier envoyé', en: 'Unpacking the upload' },
  validate: { fr: 'Vérification par le validateur glTF de Khronos', en: 'Validating with the Khronos glTF validator' },
  bake: { fr: 'Application des transformations des nœuds', en: 'Baking node transforms' },
  fit: { fr: 'Contrôle des unités, des axes et de la taille', en: 'Checking units, axes and size' },
  simplify: { fr: 'Simplification au budget de triangles', en: 'Simplifying to the triangle budget' },
  usdz: { fr: 'Création du fichier Quick Look (USDZ)', en: 'Making the Quick Look (USDZ) file' },
  poster: { fr: "Dessin de l'affiche", en: 'Drawing the poster' },
  compress: { fr: 'Compression des textures et de la géométrie', en: 'Compressing textures and geometry' },
  store: { fr: 'Enregistrement des fichiers', en: 'Storing the files' },
} as const satisfies Record<string, LocalizedText>;
export type ModelJobStep = keyof typeof MODEL_JOB_STEPS;

/** Lines the job adds about what it did to the file. */
export const MODEL_JOB_NOTES = {
  done: (p: { triangles: number; kib: number }): LocalizedText => ({
    fr: `Terminé : ${p.triangles} triangles, ${p.kib} Kio`,
    en: `Done: ${p.triangles} triangles, ${p.kib} KiB`,
  }),
  scaled: (p: { unit: ModelUnitName; scale: number }): LocalizedText => ({
    fr: `Le modèle était en ${UNIT_NAMES[p.unit].fr} : mis à l'échelle ${frNumber(p.scale)} pour passer en mètres.`,
    en: `The model was in ${UNIT_NAMES[p.unit].en}: scaled by ${p.scale} to metres.`,
  }),
  zUp: (): LocalizedText => ({ fr: 'Le modèle avait Z vers le haut : tourné pour avoir Y vers le haut.', en: 'The model was Z-up: turned to Y-up.' }),
  dimensionOff: (p: { dimension: 'w' | 'h' | 'd'; actualM: number; declaredM: number }): LocalizedText => {
    const off = p.actualM - p.declaredM;
    const sign = off > 0 ? '+' : '-';
    const pct = Math.round((Math.abs(off) / p.declaredM) * 100);
    return {
      fr: `${DIMENSION_NAMES[p.dimension].fr} mesure ${cmFr(p.actualM)} alors que le produit indique ${cmFr(p.declaredM)} (${sign}${cmFr(Math.abs(off))}, ${pct} %)`,
      en: `${DIMENSION_NAMES[p.dimension].en} is ${cmEn(p.actualM)} where the product says ${cmEn(p.declaredM)} (${sign}${cmEn(Math.abs(off))}, ${pct} %)`,
    };
  },
} as const;

/** Why the job refused a file, one entry per reason. */
export const MODEL_JOB_FAILURES = {
  productMissing: (p: { productId: string }): LocalizedText => ({
    fr: `Le produit « ${p.productId} » n'existe pas.`,
    en: `The product "${p.productId}" does not exist.`,
  }),
  productGone: (p: { productId: string }): LocalizedText => ({
    fr: `Le produit « ${p.productId} » n'existe plus.`,
    en: `The product "${p.productId}" no longer exists.`,
  }),
  variantGone: (p: { variantId: string }): LocalizedText => ({
    fr: `Le produit n'a plus de variante « ${p.variantId} ».`,
    en: `The product has no variant "${p.variantId}" any more.`,
  }),
  uploadGone: (): LocalizedText => ({ fr: "Le fichier envoyé n'est plus là ; envoyez-le de nouveau.", en: 'The uploaded file is gone; upload it again.' }),
  notGlb: (): LocalizedText => ({
    fr: "Le fichier n'est pas un GLB (glTF binaire) : il ne commence pas par « glTF ».",
    en: 'The file is not a GLB (binary glTF): it does not start with "glTF".',
  }),
  notZip: (): LocalizedText => ({ fr: "Le fichier n'est pas une archive zip.", en: 'The file is not a zip archive.' }),
  zipDamaged: (p: { detail: string }): LocalizedText => ({
    fr: `L'archive zip est endommagée : ${p.detail}.`,
    en: `The zip archive is damaged: ${p.detail}.`,
  }),
  zipModelCount: (p: { gltf: number; glb: number }): LocalizedText => ({
    fr: `Le zip doit contenir exactement un .gltf (avec ses fichiers) ou un .glb ; il contient ${p.gltf} .gltf et ${p.glb} .glb.`,
    en: `The zip must hold exactly one .gltf (with its files) or one .glb; it holds ${p.gltf} .gltf and ${p.glb} .glb.`,
  }),
  zipTooManyEntries: (p: { entries: number; max: number }): LocalizedText => ({
    fr: `Le zip contient ${p.entries} éléments ; ${p.max} au plus sont acceptés.`,
    en: `The zip has ${p.entries} entries; at most ${p.max} are accepted.`,
  }),
  zipPathOutside: (p: { name: string }): LocalizedText => ({
    fr: `Le zip nomme un chemin hors de lui-même : « ${p.name} ». Rien n'a été extrait.`,
    en: `The zip names a path outside itself: "${p.name}". Nothing was extracted.`,
  }),
  zipEntryBomb: (p: { name: string; ratio: number; max: number }): LocalizedText => ({
    fr: `L'élément « ${p.name} » du zip grossirait ${p.ratio} fois une fois décompressé (${p.max} au plus) : refusé comme possible bombe zip.`,
    en: `The zip entry "${p.name}" would inflate ${p.ratio} times (at most ${p.max}): refused as a possible zip bomb.`,
  }),
  zipTooLarge: (p: { bytes: number; maxBytes: number }): LocalizedText => ({
    fr: `Le zip décompressé ferait ${mibFr(p.bytes)} ; ${mibFr(p.maxBytes)} au plus sont acceptés.`,
    en: `The zip would inflate to ${mibEn(p.bytes)}; at most ${mibEn(p.maxBytes)} are accepted.`,
  }),
  zipBomb: (p: { ratio: number; max: number }): LocalizedText => ({
    fr: `Le zip décompressé ferait ${p.ratio} fois sa taille (${p.max} au plus) : refusé comme possible bombe zip.`,
    en: `The zip would inflate ${p.ratio} times its size (at most ${p.max}): refused as a possible zip bomb.`,
  }),
  gltfNotJson: (p: { name: string; detail: string }): LocalizedText => ({
    fr: `${p.name} n'est pas du JSON valide : ${p.detail}.`,
    en: `${p.name} is not valid JSON: ${p.detail}.`,
  }),
  gltfBadUri: (p: { name: string; uri: string }): LocalizedText => ({
    fr: `${p.name} nomme un fichier avec une URI mal formée : « ${p.uri} ».`,
    en: `${p.name} names a file with a malformed URI: "${p.uri}".`,
  }),
  gltfOutside: (p: { name: string; uri: string }): LocalizedText => ({
    fr: `${p.name} pointe hors de son zip : « ${p.uri} ». Placez chaque tampon et chaque texture dans l'archive.`,
    en: `${p.name} points outside its zip: "${p.uri}". Put every buffer and texture inside the archive.`,
  }),
  gltfMissingFile: (p: { name: string; uri: string }): LocalizedText => ({
    fr: `${p.name} a besoin de « ${p.uri} », qui n'est pas dans le zip.`,
    en: `${p.name} needs "${p.uri}", which is not in the zip.`,
  }),
  unreadable: (p: { detail: string }): LocalizedText => ({
    fr: `Le modèle n'a pas pu être lu : ${p.detail}`,
    en: `The model could not be read: ${p.detail}`,
  }),
  invalidGltf: (p: { count: number; detail: string }): LocalizedText => ({
    fr: `Le modèle n'est pas du glTF valide (${p.count} erreur${p.count > 1 ? 's' : ''}) : ${p.detail}`,
    en: `The model is not valid glTF (${p.count} error${p.count > 1 ? 's' : ''}): ${p.detail}`,
  }),
  validatorIssue: (p: { code: string; detail: string; pointer?: string }): LocalizedText => ({
    fr: `Erreur du validateur glTF ${p.code} : ${p.detail}${p.pointer ? ` (à ${p.pointer})` : ''}`,
    en: `${p.code}: ${p.detail}${p.pointer ? ` (at ${p.pointer})` : ''}`,
  }),
  noMesh: (): LocalizedText => ({ fr: "Le modèle n'a aucun maillage : rien à montrer.", en: 'The model has no mesh: nothing to show.' }),
  badTexture: (p: { name: string }): LocalizedText => ({
    fr: `La texture « ${p.name} » n'est pas une image PNG, JPEG ou WebP.`,
    en: `The texture "${p.name}" is not a PNG, JPEG or WebP image.`,
  }),
  flat: (): LocalizedText => ({
    fr: "Le modèle est plat ou vide : sa boîte englobante n'a pas de volume.",
    en: 'The model is flat or empty: its bounding box has no volume.',
  }),
  sizeMismatch: (p: { problems: LocalizedText[] }): LocalizedText => ({
    fr: `La taille du modèle ne correspond pas au produit (${p.problems.map((x) => x.fr).join(' ; ')}). Vérifiez ses unités et les dimensions du produit.`,
    en: `The model's size does not match the product (${p.problems.map((x) => x.en).join('; ')}). Check its units and the product's dimensions.`,
  }),
  tooManyTriangles: (p: { trianglesIn: number; max: number; triangles: number }): LocalizedText => ({
    fr: `Le modèle a ${p.trianglesIn} triangles et n'a pas pu être simplifié sous ${p.max} (encore ${p.triangles}).`,
    en: `The model has ${p.trianglesIn} triangles and could not be simplified under ${p.max} (still ${p.triangles}).`,
  }),
  tooLarge: (p: { bytes: number; maxBytes: number }): LocalizedText => {
    const mb = (p.bytes / 1024 / 1024).toFixed(2);
    const max = (p.maxBytes / 1024 / 1024).toFixed(0);
    return {
      fr: `Le modèle optimisé pèse encore ${frNumber(mb)} Mo avec des textures de 256 px ; ${max} Mo au plus sont servis.`,
      en: `The optimised model is still ${mb} MB with 256 px textures; at most ${max} MB are served.`,
    };
  },
  outOfMemory: (): LocalizedText => ({
    fr: 'Le modèle demande trop de mémoire à traiter ; simplifiez-le ou réduisez ses textures.',
    en: 'The model needs too much memory to process; simplify it or split its textures.',
  }),
  processing: (p: { detail: string }): LocalizedText => ({
    fr: `Le modèle n'a pas pu être traité : ${p.detail}`,
    en: `The model could not be processed: ${p.detail}`,
  }),
} as const;
export type ModelJobFailureCode = keyof typeof MODEL_JOB_FAILURES;
