import {
  type Box3,
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  NoBlending,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  type Texture,
  Vector3,
  WebGLRenderTarget,
  type Object3D,
  type WebGLRenderer,
} from '../lite/three';

const RES = 256;

const darknessMaterial = (normal: Vector3, fade: number) =>
  new ShaderMaterial({
    uniforms: { uNormal: { value: normal.clone() }, uFade: { value: fade } },
    vertexShader: /* glsl */ `
      varying float vHeight;
      uniform vec3 uNormal;
      void main() {
        vec4 world = modelMatrix * vec4(position, 1.0);
        vHeight = dot(world.xyz, uNormal);
        gl_Position = projectionMatrix * viewMatrix * world;
      }`,
    fragmentShader: /* glsl */ `
      varying float vHeight;
      uniform float uFade;
      void main() {
        float a = 1.0 - smoothstep(0.0, uFade, vHeight);
        gl_FragColor = vec4(0.0, 0.0, 0.0, a * a);
      }`,
    side: DoubleSide,
    blending: NoBlending,
  });

/** The material and its uniforms, typed, for the passes to set. */
const blurMaterial = () => {
  const uniforms = { tMap: { value: null as Texture | null }, uStep: { value: [0, 0] }, uMirror: { value: 0 } };
  const material = new ShaderMaterial({
    uniforms,
    vertexShader: /* glsl */ `
      varying vec2 vUv;
      void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }`,
    fragmentShader: /* glsl */ `
      varying vec2 vUv;
      uniform sampler2D tMap;
      uniform vec2 uStep;
      uniform float uMirror;
      void main() {
        vec2 uv = vec2(mix(vUv.x, 1.0 - vUv.x, uMirror), vUv.y);
        float a = texture2D(tMap, uv).a * 0.2270270;
        a += texture2D(tMap, uv + uStep * 1.3846154).a * 0.3162162;
        a += texture2D(tMap, uv - uStep * 1.3846154).a * 0.3162162;
        a += texture2D(tMap, uv + uStep * 3.2307692).a * 0.0702703;
        a += texture2D(tMap, uv - uStep * 3.2307692).a * 0.0702703;
        gl_FragColor = vec4(0.0, 0.0, 0.0, a);
      }`,
    depthTest: false,
    depthWrite: false,
    blending: NoBlending,
  });
  return { material, uniforms };
};

/**
 * A soft contact shadow baked once per model: the model is drawn from behind its supporting
 * surface (floor or wall) with darkness fading with distance, blurred, and shown on a plane. Costs
 * a few draws at load instead of a shadow map every frame (software WebGL and phones thank us).
 *
 * @example const shadow = bakeContactShadow(renderer, model, box, 'floor'); scene.add(shadow.mesh)
 */
export function bakeContactShadow(renderer: WebGLRenderer, model: Object3D, box: Box3, surface: 'floor' | 'wall', opacity = 0.62) {
  const size = box.getSize(new Vector3());
  const centre = box.getCenter(new Vector3());
  const floor = surface === 'floor';
  const spanU = (floor ? size.x : size.x) * 1.3 + 0.2;
  const spanV = (floor ? size.z : size.y) * 1.3 + 0.2;
  const normal = floor ? new Vector3(0, 1, 0) : new Vector3(0, 0, 1);
  const depth = floor ? size.y : size.z;

  const cam = new OrthographicCamera(-spanU / 2, spanU / 2, spanV / 2, -spanV / 2, 0.0005, depth + 0.01);
  // Behind the surface, looking out of it: the image comes out mirrored in x, undone in the blur pass.
  if (floor) {
    cam.position.set(centre.x, -0.0002, centre.z);
    cam.up.set(0, 0, -1);
    cam.lookAt(centre.x, 1, centre.z);
  } else {
    cam.position.set(centre.x, centre.y, -0.0002);
    cam.up.set(0, 1, 0);
    cam.lookAt(centre.x, centre.y, 1);
  }
  cam.updateMatrixWorld();

  const a = new WebGLRenderTarget(RES, RES);
  const b = new WebGLRenderTarget(RES, RES);
  const dark = darknessMaterial(normal, Math.min(0.35, Math.max(0.08, depth * 0.45)));
  const scene = new Scene();
  scene.overrideMaterial = dark;
  const parent = model.parent;
  scene.add(model);
  const prevTarget = renderer.getRenderTarget();
  const prevAlpha = renderer.getClearAlpha();
  renderer.setClearAlpha(0);
  renderer.setRenderTarget(a);
  renderer.clear();
  renderer.render(scene, cam);
  if (parent) parent.add(model);
  else scene.remove(model);

  const { material: blur, uniforms: blurUniforms } = blurMaterial();
  const quad = new Mesh(new PlaneGeometry(2, 2), blur);
  quad.frustumCulled = false;
  const quadScene = new Scene().add(quad);
  const pass = (from: WebGLRenderTarget, to: WebGLRenderTarget, dx: number, dy: number, mirror: number) => {
    blurUniforms.tMap.value = from.texture;
    blurUniforms.uStep.value = [dx / RES, dy / RES];
    blurUniforms.uMirror.value = mirror;
    renderer.setRenderTarget(to);
    renderer.render(quadScene, cam);
  };
  pass(a, b, 1.5, 0, 1);
  pass(b, a, 0, 1.5, 0);
  pass(a, b, 3, 0, 0);
  pass(b, a, 0, 3, 0);
  renderer.setRenderTarget(prevTarget);
  renderer.setClearAlpha(prevAlpha);
  b.dispose();
  blur.dispose();
  dark.dispose();
  quad.geometry.dispose();

  const plane = new Mesh(
    new PlaneGeometry(spanU, spanV),
    new MeshBasicMaterial({ color: 0x000000, map: a.texture, transparent: true, opacity, depthWrite: false, toneMapped: false }),
  );
  if (floor) {
    plane.rotation.x = -Math.PI / 2;
    plane.position.set(centre.x, 0.001, centre.z);
  } else plane.position.set(centre.x, centre.y, 0.001);
  plane.renderOrder = -1;
  plane.name = 'contact-shadow';
  return {
    mesh: plane,
    dispose() {
      plane.geometry.dispose();
      (plane.material as MeshBasicMaterial).dispose();
      a.dispose();
    },
  };
}
