import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CanvasTexture, Quaternion, SRGBColorSpace, Vector3, type Group, type Mesh } from 'three';
import { useLocale } from '../../stores/use-locale';
import { cartStore } from '../../stores/cart-store';
import { storeNavStore } from '../../scene/navigation/store-nav-store';
import { regionAt, uvToCanvas } from '../../scene/panel/panel-regions';
import { registerStoreTestHook } from '../../scene/store-test-hooks';
import type { StoreWorld } from '../../scene/store-world';
import { drawWristMenu, WRIST_H, WRIST_W, wristMenuRegions, type WristAction } from './draw-wrist-menu';
import { handAnchors } from './hand-anchors';

const SIZE_W = 0.16;
/** How squarely the menu must face the eyes to show (cosine of the angle). */
const FACING = 0.8;
const at = new Vector3();
const eye = new Vector3();
const normal = new Vector3();
const turn = new Quaternion();
const SNAP_STEPS = [30, 45, 90];

/**
 * The wrist menu on the left controller: the live cart (from the shell's cart store, which
 * follows the server's event stream, so an item added on the phone shows up here) and the
 * comfort settings, operated with the right-hand ray. Turn the left wrist towards you to see it.
 */
export function WristMenu({ world }: { world: StoreWorld }) {
  const locale = useLocale();
  const group = useRef<Group>(null);
  const panel = useRef<Mesh>(null);
  const facing = useRef(0);
  const xrCamera = useThree((s) => s.gl.xr.getCamera());
  const { canvas, texture } = useMemo(() => {
    const c = document.createElement('canvas');
    c.width = WRIST_W;
    c.height = WRIST_H;
    const t = new CanvasTexture(c);
    t.colorSpace = SRGBColorSpace;
    return { canvas: c, texture: t };
  }, []);
  const regions = useMemo(() => wristMenuRegions(), []);

  useEffect(() => {
    const redraw = () => {
      const { cart, live } = cartStore.getState();
      const name = (id: string) => world.productById.get(id)?.name[locale] ?? id;
      drawWristMenu(canvas.getContext('2d')!, cart, live, name, storeNavStore.getState().settings, locale);
      texture.needsUpdate = true;
    };
    redraw();
    const a = cartStore.subscribe((s, p) => (s.cart !== p.cart || s.live !== p.live) && redraw());
    const b = storeNavStore.subscribe((s, p) => s.settings !== p.settings && redraw());
    return () => {
      a();
      b();
    };
  }, [canvas, texture, world, locale]);
  useEffect(() => () => texture.dispose(), [texture]);

  useFrame(() => {
    const g = group.current;
    const grip = handAnchors.left.grip;
    if (!g) return;
    if (!grip) {
      g.visible = false;
      return;
    }
    grip.getWorldPosition(g.position);
    grip.getWorldQuaternion(g.quaternion);
    // Shown only when the wrist is turned towards the eyes, so it never hides the store.
    g.updateMatrixWorld();
    panel.current?.getWorldPosition(at);
    normal.set(0, 0, 1).applyQuaternion(panel.current?.getWorldQuaternion(turn) ?? turn.identity());
    xrCamera.getWorldPosition(eye);
    facing.current = normal.dot(eye.sub(at).normalize());
    g.visible = facing.current > FACING;
  });
  useEffect(() => registerStoreTestHook('wristMenu', () => ({ visible: !!group.current?.visible, facing: facing.current })), []);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!e.uv) return;
    const p = uvToCanvas(e.uv.x, e.uv.y, WRIST_W, WRIST_H);
    const hit = regionAt(regions, p.x, p.y);
    if (hit) toggle(hit.action);
  };
  return (
    <group ref={group} name="wrist-menu">
      {/* Above the back of the wrist, tilted towards the eyes when the forearm is raised. */}
      <mesh ref={panel} position={[0, 0.05, 0.1]} rotation={[-Math.PI / 3, 0, 0]} onClick={onClick} renderOrder={12}>
        <planeGeometry args={[SIZE_W, (SIZE_W * WRIST_H) / WRIST_W]} />
        <meshBasicMaterial map={texture} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}

function toggle(action: WristAction) {
  const { settings, setSettings } = storeNavStore.getState();
  if (action === 'smooth') setSettings({ smoothLocomotion: !settings.smoothLocomotion });
  if (action === 'vignette') setSettings({ vignette: !settings.vignette });
  if (action === 'seated') setSettings({ seated: !settings.seated });
  if (action === 'snap') setSettings({ snapTurnDeg: SNAP_STEPS[(SNAP_STEPS.indexOf(settings.snapTurnDeg) + 1) % SNAP_STEPS.length] });
}
