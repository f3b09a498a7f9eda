import { useFrame, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import { Mesh, PlaneGeometry, ShaderMaterial } from 'three';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { vrMotion } from './vr-motion';

/**
 * Comfort vignette: while the visitor is moved by the thumbstick, the edges of the view fade to
 * dark, which reduces motion sickness; it eases out when they stop. A quad held in front of the
 * head, drawn last without depth test.
 */
export function ComfortVignette() {
  const camera = useThree((s) => s.gl.xr.getCamera());
  const { mesh, strength } = useMemo(() => {
    // Kept apart so the frame loop reads and writes it without a lookup by name.
    const strength = { value: 0 };
    const material = new ShaderMaterial({
      transparent: true,
      depthTest: false,
      depthWrite: false,
      uniforms: { strength },
      vertexShader: 'varying vec2 vUv; void main() { vUv = uv; gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0); }',
      fragmentShader:
        'uniform float strength; varying vec2 vUv; void main() { float r = length(vUv - 0.5) * 2.0; float a = smoothstep(mix(1.2, 0.45, strength), mix(1.4, 0.85, strength), r) * strength; gl_FragColor = vec4(0.0, 0.0, 0.0, a); }',
    });
    const m = new Mesh(new PlaneGeometry(1.6, 1.6), material);
    m.renderOrder = 1000;
    m.frustumCulled = false;
    m.raycast = () => undefined;
    return { mesh: m, strength };
  }, []);

  useFrame((_, delta) => {
    const enabled = storeNavStore.getState().settings.vignette;
    const target = enabled ? Math.min(1, vrMotion.speed / 1.5) : 0;
    const s = strength.value;
    strength.value = s + (target - s) * Math.min(1, delta * (target > s ? 10 : 4));
    mesh.visible = strength.value > 0.01;
    camera.getWorldPosition(mesh.position);
    camera.getWorldQuaternion(mesh.quaternion);
    mesh.translateZ(-0.4);
  });
  return <primitive object={mesh} />;
}
