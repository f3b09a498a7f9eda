import { CanvasTexture } from 'three';

let texture: CanvasTexture | null = null;

/** A soft radial shadow, drawn once and shared by every floor item in AR. */
export function blobShadowTexture(): CanvasTexture {
  if (texture) return texture;
  const c = document.createElement('canvas');
  c.width = c.height = 128;
  const g = c.getContext('2d')!;
  const grad = g.createRadialGradient(64, 64, 8, 64, 64, 64);
  grad.addColorStop(0, 'rgba(0,0,0,0.55)');
  grad.addColorStop(0.6, 'rgba(0,0,0,0.25)');
  grad.addColorStop(1, 'rgba(0,0,0,0)');
  g.fillStyle = grad;
  g.fillRect(0, 0, 128, 128);
  texture = new CanvasTexture(c);
  return texture;
}
