/**
 * The three.js the product viewer uses, imported module by module from `three/src`.
 *
 * Why: `three` is one big module, so every export any page uses (the VR store's `<Canvas>` pulls
 * the whole namespace) would land in the one shared chunk the product page downloads. Importing
 * the source modules keeps the viewer's chunk to what the viewer draws with, whatever the rest of
 * the app uses. three.js itself compares classes by `isX` flags, not `instanceof`, so objects made
 * here also render in an R3F scene (AR reuses the GLB loader).
 */
export { WebGLRenderer } from 'three/src/renderers/WebGLRenderer.js';
export { WebGLRenderTarget } from 'three/src/renderers/WebGLRenderTarget.js';
export { Scene } from 'three/src/scenes/Scene.js';
export { PerspectiveCamera } from 'three/src/cameras/PerspectiveCamera.js';
export { OrthographicCamera } from 'three/src/cameras/OrthographicCamera.js';
export { Camera } from 'three/src/cameras/Camera.js';
export { Object3D } from 'three/src/core/Object3D.js';
export { Group } from 'three/src/objects/Group.js';
export { Mesh } from 'three/src/objects/Mesh.js';
export { LineSegments } from 'three/src/objects/LineSegments.js';
export { BufferGeometry } from 'three/src/core/BufferGeometry.js';
export { BufferAttribute, Float32BufferAttribute } from 'three/src/core/BufferAttribute.js';
export { InterleavedBuffer } from 'three/src/core/InterleavedBuffer.js';
export { InterleavedBufferAttribute } from 'three/src/core/InterleavedBufferAttribute.js';
export { PlaneGeometry } from 'three/src/geometries/PlaneGeometry.js';
export { Material } from 'three/src/materials/Material.js';
export { MeshStandardMaterial } from 'three/src/materials/MeshStandardMaterial.js';
export { MeshBasicMaterial } from 'three/src/materials/MeshBasicMaterial.js';
export { LineBasicMaterial } from 'three/src/materials/LineBasicMaterial.js';
export { ShaderMaterial } from 'three/src/materials/ShaderMaterial.js';
export { Texture } from 'three/src/textures/Texture.js';
export { CompressedCubeTexture } from 'three/src/textures/CompressedCubeTexture.js';
export { DirectionalLight } from 'three/src/lights/DirectionalLight.js';
export { Color } from 'three/src/math/Color.js';
export { Box3 } from 'three/src/math/Box3.js';
export { Vector3 } from 'three/src/math/Vector3.js';
export { Matrix4 } from 'three/src/math/Matrix4.js';
export { MathUtils } from 'three/src/math/MathUtils.js';
export {
  ClampToEdgeWrapping,
  DoubleSide,
  HalfFloatType,
  LinearFilter,
  LinearMipmapLinearFilter,
  LinearSRGBColorSpace,
  MirroredRepeatWrapping,
  NearestFilter,
  NeutralToneMapping,
  NoBlending,
  RGBAFormat,
  RepeatWrapping,
  SRGBColorSpace,
} from 'three/src/constants.js';
export type { ColorSpace, MagnificationTextureFilter, MinificationTextureFilter, Wrapping } from 'three';
