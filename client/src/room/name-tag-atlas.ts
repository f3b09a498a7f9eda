import { CanvasTexture, DoubleSide, ShaderMaterial, SRGBColorSpace } from 'three';

export const TAG_COLS = 4;
export const TAG_ROWS = 16;
export const TAG_SLOTS = TAG_COLS * TAG_ROWS;
const W = 256;
const H = 64;

export interface TagContent {
  name: string;
  /** Shown as a badge: advisors stand out. */
  badge: string | null;
  color: string;
  speaking: boolean;
  muted: boolean;
  away: boolean;
}

/**
 * Every name tag of the room drawn into one canvas texture (64 slots), so all tags render with a
 * single instanced draw call; a slot is redrawn only when its content changes.
 */
export class NameTagAtlas {
  readonly canvas = document.createElement('canvas');
  readonly texture: CanvasTexture;
  private readonly g: CanvasRenderingContext2D;
  private readonly drawn: string[] = new Array(TAG_SLOTS).fill('');

  constructor() {
    this.canvas.width = W * TAG_COLS;
    this.canvas.height = H * TAG_ROWS;
    this.g = this.canvas.getContext('2d')!;
    this.texture = new CanvasTexture(this.canvas);
    this.texture.colorSpace = SRGBColorSpace;
  }

  /** Draws a tag into a slot if it changed; returns whether the texture needs an upload. */
  draw(slot: number, t: TagContent): boolean {
    const key = JSON.stringify(t);
    if (this.drawn[slot] === key) return false;
    this.drawn[slot] = key;
    const g = this.g;
    const x = (slot % TAG_COLS) * W;
    const y = Math.floor(slot / TAG_COLS) * H;
    g.clearRect(x, y, W, H);
    g.globalAlpha = t.away ? 0.5 : 1;
    g.fillStyle = 'rgba(20, 22, 28, 0.78)';
    g.beginPath();
    g.roundRect(x + 4, y + 8, W - 8, H - 16, 18);
    g.fill();
    g.fillStyle = t.color;
    g.beginPath();
    g.arc(x + 26, y + H / 2, 9, 0, Math.PI * 2);
    g.fill();
    if (t.speaking) {
      g.strokeStyle = '#7CFC9A';
      g.lineWidth = 4;
      g.beginPath();
      g.arc(x + 26, y + H / 2, 14, 0, Math.PI * 2);
      g.stroke();
    }
    let left = x + 44;
    if (t.badge) {
      g.font = 'bold 18px system-ui, sans-serif';
      const bw = g.measureText(t.badge).width + 14;
      g.fillStyle = '#1f4fff';
      g.beginPath();
      g.roundRect(left, y + 18, bw, 28, 8);
      g.fill();
      g.fillStyle = '#fff';
      g.fillText(t.badge, left + 7, y + 38);
      left += bw + 8;
    }
    g.font = '22px system-ui, sans-serif';
    g.fillStyle = '#fff';
    let name = t.name + (t.muted ? ' 🔇' : '');
    while (g.measureText(name).width > x + W - 12 - left && name.length > 2) name = `${name.slice(0, -2)}…`;
    g.fillText(name, left, y + 40);
    g.globalAlpha = 1;
    return true;
  }

  clear(slot: number): void {
    if (!this.drawn[slot]) return;
    this.drawn[slot] = '';
    this.g.clearRect((slot % TAG_COLS) * W, Math.floor(slot / TAG_COLS) * H, W, H);
  }

  dispose(): void {
    this.texture.dispose();
  }
}

/** Faces the camera in the vertex shader (no per-tag object or matrix work on the CPU). */
export function nameTagMaterial(atlas: NameTagAtlas): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { map: { value: atlas.texture }, size: { value: [0.64, 0.16] } },
    vertexShader: /* glsl */ `
      attribute float slot;
      uniform vec2 size;
      varying vec2 vUv;
      void main() {
        vec4 center = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
        center.xy += position.xy * size;
        gl_Position = projectionMatrix * center;
        float col = mod(slot, ${TAG_COLS}.0);
        float row = floor(slot / ${TAG_COLS}.0);
        vUv = vec2((col + uv.x) / ${TAG_COLS}.0, 1.0 - (row + 1.0 - uv.y) / ${TAG_ROWS}.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform sampler2D map;
      varying vec2 vUv;
      void main() {
        vec4 c = texture2D(map, vUv);
        if (c.a < 0.02) discard;
        gl_FragColor = c;
        #include <colorspace_fragment>
      }`,
    transparent: true,
    depthWrite: false,
    side: DoubleSide,
  });
}
