// Runs in headless Chromium: prefilters three's RoomEnvironment with PMREMGenerator once and
// reads back every face of every mip level, so clients can skip the 5-6 s of software
// prefiltering at start-up (see assets/README.md, "Environment").
import * as THREE from 'three';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { loadPrefilteredEnvironment } from './prefiltered-env.js';

/** @returns {{size: number, levels: number, base64: string}} float32 RGBA, level-major, then face (+x, -x, +y, -y, +z, -z), rows bottom-up as GL reads them */
window.bakeEnvironment = (size) => {
  const renderer = new THREE.WebGLRenderer();
  const pmrem = new THREE.PMREMGenerator(renderer);
  const target = pmrem.fromScene(new RoomEnvironment(), 0.04, 0.1, 100, { size });
  const levels = target.texture.mipmaps.length;
  const faceSize = target.width;

  // readRenderTargetPixels only reads level 0, so attach each face and level to a framebuffer.
  const gl = renderer.getContext();
  const glTexture = renderer.properties.get(target.texture).__webglTexture;
  const framebuffer = gl.createFramebuffer();
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  let total = 0;
  for (let l = 0; l < levels; l++) total += 6 * (faceSize >> l) ** 2 * 4;
  const out = new Float32Array(total);
  let offset = 0;
  for (let l = 0; l < levels; l++) {
    const s = faceSize >> l;
    for (let f = 0; f < 6; f++) {
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_CUBE_MAP_POSITIVE_X + f, glTexture, l);
      const pixels = new Float32Array(s * s * 4);
      gl.readPixels(0, 0, s, s, gl.RGBA, gl.FLOAT, pixels);
      out.set(pixels, offset);
      offset += pixels.length;
    }
  }
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.deleteFramebuffer(framebuffer);
  const bytes = new Uint8Array(out.buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  pmrem.dispose();
  renderer.dispose();
  return { size: faceSize, levels, base64: btoa(binary) };
};

/**
 * Renders spheres from mirror to matte, lit once by a live PMREM and once by the baked file,
 * and returns how far apart the two images are (8-bit sRGB steps).
 */
window.compareWithBaked = async (url, size) => {
  const renderer = new THREE.WebGLRenderer({ preserveDrawingBuffer: true });
  renderer.setSize(320, 160);
  renderer.toneMapping = THREE.NeutralToneMapping;
  const scene = new THREE.Scene();
  const camera = new THREE.PerspectiveCamera(30, 2, 0.1, 100);
  camera.position.set(0.4, 0.8, 6);
  camera.lookAt(0, 0, 0);
  for (let i = 0; i < 8; i++) {
    const material = new THREE.MeshStandardMaterial({ color: 0xdddddd, metalness: i % 2, roughness: Math.floor(i / 2) / 3 });
    const sphere = new THREE.Mesh(new THREE.SphereGeometry(0.45, 48, 24), material);
    sphere.position.set(-2.1 + (i % 4) * 1.4, i < 4 ? 0.55 : -0.55, 0);
    scene.add(sphere);
  }
  const read = () => {
    renderer.render(scene, camera);
    const gl = renderer.getContext();
    const pixels = new Uint8Array(320 * 160 * 4);
    gl.readPixels(0, 0, 320, 160, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    return pixels;
  };
  const pmrem = new THREE.PMREMGenerator(renderer);
  const live = pmrem.fromScene(new RoomEnvironment(), 0.04, 0.1, 100, { size });
  scene.environment = live.texture;
  const a = read();
  scene.environment = await loadPrefilteredEnvironment(url);
  const b = read();
  let max = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    if (i % 4 === 3) continue;
    const d = Math.abs(a[i] - b[i]);
    max = Math.max(max, d);
    sum += d;
  }
  renderer.dispose();
  return { max, mean: sum / (a.length * 0.75) };
};
window.bakeReady = true;
