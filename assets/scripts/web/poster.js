// Runs in headless Chromium: renders one catalogue GLB as a studio poster (3/4 view, soft
// shadow, neutral background) with the same loaders and baked environment the app uses.
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { loadPrefilteredEnvironment } from './prefiltered-env.js';

const SIZE = 512;
/** Rendered at twice the size and downsampled: smoother edges than MSAA alone in SwiftShader. */
const SUPERSAMPLE = 2;
const BACKGROUND = '#ebe9e4';

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(SIZE * SUPERSAMPLE, SIZE * SUPERSAMPLE);
renderer.toneMapping = THREE.NeutralToneMapping;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFShadowMap;
const environment = await loadPrefilteredEnvironment('/env/studio-pmrem.bin');
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const blob = makeBlobShadowTexture();

/** Camera direction per kind of product: [azimuth, elevation] in degrees. */
function viewAngles(placement, size) {
  if (placement === 'wall') return [24, 6];
  if (size.y < 0.05) return [30, 50]; // rugs: seen from above or they vanish
  if (size.y < 0.5 && Math.max(size.x, size.z) > 0.8) return [32, 28]; // low, wide tables
  if (placement === 'table') return [30, 14];
  return [34, 18];
}

window.renderPoster = async (url, placement, mime = 'image/webp') => {
  const gltf = await loader.loadAsync(url);
  const model = gltf.scene;
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(BACKGROUND);
  scene.environment = environment;
  scene.environmentIntensity = 0.85;
  model.traverse((o) => {
    if (o.isMesh) o.castShadow = o.receiveShadow = true;
  });
  scene.add(model);
  const box = new THREE.Box3().setFromObject(model);
  const size = box.getSize(new THREE.Vector3());
  const centre = box.getCenter(new THREE.Vector3());
  const reach = Math.max(size.x, size.y, size.z);

  const key = new THREE.DirectionalLight(0xfffaf3, 1.6);
  key.castShadow = true;
  key.shadow.mapSize.set(2048, 2048);
  key.shadow.bias = -0.0004;
  key.shadow.normalBias = 0.01;
  key.shadow.radius = 6;
  const cam = key.shadow.camera;
  cam.left = cam.bottom = -reach * 3;
  cam.right = cam.top = reach * 3;
  cam.near = 0.01;
  cam.far = reach * 12;
  scene.add(key, key.target);
  key.target.position.copy(centre);

  if (placement === 'wall') {
    const wall = new THREE.Mesh(new THREE.PlaneGeometry(reach * 8, reach * 8), new THREE.MeshStandardMaterial({ color: '#b9b8b5', roughness: 0.95 }));
    wall.position.set(0, 0, -0.0005);
    wall.receiveShadow = true;
    scene.add(wall);
    key.position.set(centre.x - reach * 1.2, centre.y + reach * 2.2, reach * 2.6);
  } else {
    const ground = new THREE.Mesh(new THREE.PlaneGeometry(reach * 12, reach * 12), new THREE.ShadowMaterial({ opacity: 0.16 }));
    ground.rotation.x = -Math.PI / 2;
    ground.receiveShadow = true;
    const contact = new THREE.Mesh(
      new THREE.PlaneGeometry(size.x * 1.25 + 0.1, size.z * 1.25 + 0.1),
      new THREE.MeshBasicMaterial({ map: blob, transparent: true, opacity: 0.5, depthWrite: false, toneMapped: false }),
    );
    contact.rotation.x = -Math.PI / 2;
    contact.position.set(centre.x, 0.0005, centre.z);
    scene.add(ground, contact);
    key.position.set(centre.x - reach * 0.9, reach * 3.6, centre.z + reach * 1.2);
  }

  const camera = new THREE.PerspectiveCamera(28, 1, 0.01, 100);
  const [az, el] = viewAngles(placement, size).map(THREE.MathUtils.degToRad);
  const dir = new THREE.Vector3(Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el));
  frame(camera, box, centre, dir, 0.8);

  renderer.render(scene, camera);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(renderer.domElement, 0, 0, SIZE, SIZE);
  model.traverse((o) => {
    if (!o.isMesh) return;
    o.geometry.dispose();
    for (const m of [o.material].flat()) {
      m.map?.dispose();
      m.dispose();
    }
  });
  return canvas.toDataURL(mime, 0.9);
};

/** Places the camera along `dir` so the box's projected corners fill `fill` of the frame, centred. */
function frame(camera, box, target, dir, fill) {
  const corners = [];
  for (let i = 0; i < 8; i++)
    corners.push(new THREE.Vector3(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z));
  const aim = target.clone();
  const extent = () => {
    const r = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    for (const c of corners) {
      const p = c.clone().project(camera);
      r.minX = Math.min(r.minX, p.x); r.maxX = Math.max(r.maxX, p.x);
      r.minY = Math.min(r.minY, p.y); r.maxY = Math.max(r.maxY, p.y);
    }
    return r;
  };
  const place = (distance) => {
    camera.position.copy(aim).addScaledVector(dir, distance);
    camera.lookAt(aim);
    camera.updateMatrixWorld();
  };
  const radius = box.getSize(new THREE.Vector3()).length() / 2;
  for (let pass = 0; pass < 3; pass++) {
    let lo = radius * 0.5;
    let hi = radius * 20;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      place(mid);
      const e = extent();
      const half = Math.max(e.maxX - e.minX, e.maxY - e.minY) / 2;
      if (half > fill) lo = mid;
      else hi = mid;
    }
    place(hi);
    const e = extent();
    // Pan so the projection is centred: move the aim point in the camera's screen plane.
    const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
    const up = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 1);
    const worldPerNdc = hi * Math.tan(THREE.MathUtils.degToRad(camera.fov / 2));
    aim.addScaledVector(right, ((e.maxX + e.minX) / 2) * worldPerNdc).addScaledVector(up, ((e.maxY + e.minY) / 2) * worldPerNdc);
  }
}

function makeBlobShadowTexture() {
  const c = document.createElement('canvas');
  c.width = c.height = 128;
  const ctx = c.getContext('2d');
  const g = ctx.createRadialGradient(64, 64, 8, 64, 64, 64);
  g.addColorStop(0, 'rgba(0,0,0,0.55)');
  g.addColorStop(0.6, 'rgba(0,0,0,0.25)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 128, 128);
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  return t;
}

window.posterReady = true;
