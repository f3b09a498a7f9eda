import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { CanvasTexture, SRGBColorSpace, Vector3, type Group } from 'three';
import { useLocale } from '../../stores/use-locale';
import { storeNavStore } from '../navigation/store-nav-store';
import type { StoreWorld } from '../store-world';
import { registerStoreTestHook } from '../store-test-hooks';
import { drawProductPanel, panelRowIds } from './draw-product-panel';
import { regionAt, uvToCanvas } from './panel-regions';
import { layoutProductPanel, PANEL_H, PANEL_W, type PanelAction } from './product-panel-layout';
import { panelPrice, productPanelStore } from './product-panel-store';
import { runPanelAction } from './run-panel-action';

/** Panel size in the store, metres. */
export const PANEL_WIDTH_M = 0.72;
const PANEL_HEIGHT_M = (PANEL_WIDTH_M * PANEL_H) / PANEL_W;
/** The panel re-places itself in front of the visitor after they walk this far. */
const FOLLOW_AFTER = 2.5;
const eye = new Vector3();
const fwd = new Vector3();
const tmp = new Vector3();

/**
 * The selected product's panel, standing in the store beside the visitor's line of sight: a
 * canvas texture redrawn only when its content changes, clicked or pointed at like any object.
 */
export function ProductPanel({ world }: { world: StoreWorld }) {
  const selected = useStore(storeNavStore, (s) => s.selected);
  const holding = useStore(storeNavStore, (s) => !!s.held && s.held.index === s.selected);
  const state = useStore(productPanelStore);
  const locale = useLocale();
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const group = useRef<Group>(null);
  const anchor = useRef(new Vector3(Infinity, 0, 0));
  const [hovered, setHovered] = useState<PanelAction | null>(null);
  const [qrImage, setQrImage] = useState<HTMLImageElement | null>(null);
  const { canvas, texture } = useMemo(() => {
    const c = document.createElement('canvas');
    c.width = PANEL_W;
    c.height = PANEL_H;
    const t = new CanvasTexture(c);
    t.colorSpace = SRGBColorSpace;
    t.anisotropy = 4;
    return { canvas: c, texture: t };
  }, []);
  useEffect(() => () => texture.dispose(), [texture]);

  useEffect(() => {
    const item = world.items[selected];
    const product = item && world.productById.get(item.productId);
    if (product) productPanelStore.getState().open(product, item.variantId);
    else productPanelStore.getState().close();
    anchor.current.set(Infinity, 0, 0);
  }, [selected, world]);

  useEffect(() => {
    if (!state.qr) return setQrImage(null);
    const img = new Image();
    img.onload = () => setQrImage(img);
    img.src = state.qr;
  }, [state.qr]);

  const regions = useMemo(
    () => layoutProductPanel({ view: state.view, variantCount: state.product?.variants.length ?? 0, rowIds: panelRowIds(state) }),
    [state],
  );
  useEffect(() => {
    drawProductPanel(canvas.getContext('2d')!, { state, locale, regions, hovered, holding, qrImage });
    texture.needsUpdate = true;
  }, [canvas, texture, state, locale, regions, hovered, holding, qrImage]);

  // Stand in front of the visitor, a little to the left (the screen's right holds the cart and the
  // live session's panel), facing them; follow lazily.
  useFrame(() => {
    const g = group.current;
    if (!g || !state.product) return;
    camera.getWorldPosition(eye);
    if (eye.distanceTo(anchor.current) < FOLLOW_AFTER) return;
    anchor.current.copy(eye);
    camera.getWorldDirection(fwd);
    fwd.y = 0;
    fwd.normalize();
    g.position.copy(eye).addScaledVector(fwd, 1.15).add(tmp.set(-fwd.z, 0, fwd.x).multiplyScalar(-0.42));
    g.position.y = eye.y - 0.18;
    g.rotation.set(0, Math.atan2(eye.x - g.position.x, eye.z - g.position.z), 0);
  });

  useEffect(
    () =>
      // `id`: which swatch or store row (a variant's index), for actions there are several of.
      registerStoreTestHook('panelPoint', (type: string, id?: string) => {
        const g = group.current;
        const r = regions.find((x) => x.action.type === type && (id === undefined || ('id' in x.action && x.action.id === id)));
        if (!g || !r || !state.product) return null;
        const local = new Vector3(((r.x + r.w / 2) / PANEL_W - 0.5) * PANEL_WIDTH_M, (0.5 - (r.y + r.h / 2) / PANEL_H) * PANEL_HEIGHT_M, 0.001);
        const world3 = g.localToWorld(local);
        const ndc = world3.clone().project(camera);
        return { x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height, world: world3.toArray() };
      }),
    [regions, state.product, camera, size],
  );

  if (!state.product) return null;
  const at = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    if (!e.uv) return null;
    const p = uvToCanvas(e.uv.x, e.uv.y, PANEL_W, PANEL_H);
    return regionAt(regions, p.x, p.y)?.action ?? null;
  };
  return (
    <group ref={group} name="product-panel" userData={{ unitPrice: panelPrice(state)?.price.amount }}>
      <mesh
        renderOrder={10}
        onPointerMove={(e) => {
          e.stopPropagation();
          const a = at(e);
          if (JSON.stringify(a) !== JSON.stringify(hovered)) setHovered(a);
        }}
        onPointerOut={() => setHovered(null)}
        onClick={(e) => {
          e.stopPropagation();
          const a = at(e);
          if (a) runPanelAction(a, world);
        }}
      >
        <planeGeometry args={[PANEL_WIDTH_M, PANEL_HEIGHT_M]} />
        <meshBasicMaterial map={texture} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
