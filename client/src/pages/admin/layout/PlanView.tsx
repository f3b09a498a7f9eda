import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Fixture, StoreLayout } from '../../../../../shared/store-layout/store-layout-schema';
import { fixtureFootprint } from '../../../../../shared/store-layout/fixture-footprint';
import { fixtureCentre } from './edit-layout';
import type { SetItemRef } from './edit-room-set';
import { PlanSetItems } from './PlanSetItems';
import type { FloorSize } from '../../../../../shared/store-layout/set-item-footprint';

interface Props {
  layout: StoreLayout;
  selectedId: string | null;
  /** Fixtures the server refused, drawn in red. */
  faulty: ReadonlySet<string>;
  zoom: number;
  label: string;
  nameOf(f: Fixture): string;
  onSelect(id: string | null): void;
  onMove(id: string, x: number, z: number): void;
  onKey(e: KeyboardEvent<HTMLElement>): void;
  /** Room set products: drawn over the fixtures, selected and dragged the same way. */
  selectedItem: SetItemRef | null;
  sizeOf(productId: string): FloorSize | undefined;
  itemName(ref: SetItemRef): string;
  onSelectItem(ref: SetItemRef): void;
  onMoveItem(ref: SetItemRef, x: number, z: number): void;
}

/** Where a drag started, and what it moves. */
interface Drag {
  dx: number;
  dz: number;
  to(x: number, z: number): void;
}

const DEG = 180 / Math.PI;

/**
 * The store seen from above (x to the right, the entrance at the bottom): walls, then every
 * fixture as its footprint. Drag a fixture to move it; the parent snaps and validates.
 */
export function PlanView({ layout, selectedId, faulty, zoom, label, nameOf, onSelect, onMove, onKey, selectedItem, sizeOf, itemName, onSelectItem, onMoveItem }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const [minX, minZ, maxX, maxZ] = layout.bounds;
  const w = maxX - minX;
  const h = maxZ - minZ;

  const toPlan = (e: PointerEvent) => {
    const m = svg.current?.getScreenCTM();
    if (!m) return { x: 0, z: 0 };
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: p.x, z: p.y };
  };
  const grab = (e: PointerEvent<SVGGElement>, c: { x: number; z: number }, to: Drag['to']) => {
    e.stopPropagation();
    const p = toPlan(e);
    drag.current = { dx: c.x - p.x, dz: c.z - p.z, to };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
  };
  const down = (e: PointerEvent<SVGGElement>, f: Fixture) => {
    onSelect(f.id);
    grab(e, fixtureCentre(f), (x, z) => onMove(f.id, x, z));
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const p = toPlan(e);
    d.to(p.x + d.dx, p.z + d.dz);
  };
  const up = () => {
    drag.current = null;
  };

  // The keyboard widget is this box, not the <svg>: Preact (the back office's renderer) writes an
  // SVG element's `tabIndex` as is, which SVG ignores, so the plan could not take focus.
  return (
    <div
      className="layout-plan"
      role="application"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the plan is a keyboard-operated widget (role application): arrows move the selected fixture.
      tabIndex={0}
      onKeyDown={onKey}
      data-testid="layout-plan"
      style={{ overflow: 'auto', maxWidth: '100%', maxHeight: '70vh', border: '1px solid #ccc', touchAction: 'none' }}
    >
      <svg
        ref={svg}
        onPointerDown={() => onSelect(null)}
        viewBox={`${minX - 1} ${minZ - 1} ${w + 2} ${h + 2}`}
        style={{ width: `${zoom * 100}%`, minWidth: `${zoom * 320}px`, display: 'block', background: '#faf8f4' }}
      >
        <title>{label}</title>
        <rect x={minX} y={minZ} width={w} height={h} fill="#efebe4" />
        {layout.walls.map((wall, i) => (
          <line key={i} x1={wall.from[0]} y1={wall.from[1]} x2={wall.to[0]} y2={wall.to[1]} stroke={wall.finish === 'glass' ? '#7fb2c9' : '#555'} strokeWidth={wall.thickness} />
        ))}
        {layout.fixtures.map((f) => {
          const fp = fixtureFootprint(f);
          const selected = f.id === selectedId;
          const fill = faulty.has(f.id) ? '#e06a5a' : selected ? '#2f6fde' : f.type === 'partition' ? '#777' : '#b99a74';
          return (
            <g
              key={f.id}
              data-fixture={f.id}
              aria-label={nameOf(f)}
              aria-pressed={selected}
              role="button"
              onPointerDown={(e) => down(e, f)}
              onPointerMove={move}
              onPointerUp={up}
              onPointerCancel={up}
              transform={`translate(${fp.cx} ${fp.cz}) rotate(${-fp.rotY * DEG})`}
              style={{ cursor: 'move' }}
            >
              {fp.round ? (
                <circle r={fp.hx} fill={fill} fillOpacity={0.8} stroke={selected ? '#123' : '#5a4630'} strokeWidth={0.08} />
              ) : (
                <rect x={-fp.hx} y={-fp.hz} width={2 * fp.hx} height={2 * fp.hz} fill={fill} fillOpacity={0.8} stroke={selected ? '#123' : '#5a4630'} strokeWidth={0.08} />
              )}
              {/* The front of the fixture (local +z), where visitors stand. */}
              {!fp.round && f.type !== 'partition' && <line x1={-fp.hx} y1={fp.hz} x2={fp.hx} y2={fp.hz} stroke="#fff" strokeWidth={0.12} />}
            </g>
          );
        })}
        <PlanSetItems
          sets={layout.sets}
          selected={selectedItem}
          faulty={faulty}
          sizeOf={sizeOf}
          nameOf={itemName}
          onDown={(e, ref, c) => {
            onSelectItem(ref);
            grab(e, c, (x, z) => onMoveItem(ref, x, z));
          }}
          onMove={move}
          onUp={up}
        />
        <circle cx={layout.spawn.x} cy={layout.spawn.z} r={0.5} fill="#2a9d4b" />
      </svg>
    </div>
  );
}
