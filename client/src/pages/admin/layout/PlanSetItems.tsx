import type { PointerEvent } from 'react';
import type { RoomSet } from '../../../../../shared/store-layout/store-layout-schema';
import { setItemFootprint, standsOnFloor, type FloorSize } from '../../../../../shared/store-layout/set-item-footprint';
import type { SetItemRef } from './edit-room-set';

interface Props {
  sets: readonly RoomSet[];
  selected: SetItemRef | null;
  /** Refused items as `setId/itemId`. */
  faulty: ReadonlySet<string>;
  sizeOf(productId: string): FloorSize | undefined;
  nameOf(ref: SetItemRef): string;
  onDown(e: PointerEvent<SVGGElement>, ref: SetItemRef, centre: { x: number; z: number }): void;
  onMove(e: PointerEvent<SVGGElement>): void;
  onUp(): void;
}

const DEG = 180 / Math.PI;

/**
 * The products of the room sets on the plan, each as the floor it takes. Floor items are drawn
 * first so what stands on them (a lamp on its table, a print on the wall) stays on top to grab.
 */
export function PlanSetItems({ sets, selected, faulty, sizeOf, nameOf, onDown, onMove, onUp }: Props) {
  const all = sets.flatMap((set) => set.items.map((item) => ({ set, item })));
  const ordered = [...all.filter((x) => standsOnFloor(x.item)), ...all.filter((x) => !standsOnFloor(x.item))];
  return (
    <g className="layout-set-items">
      {ordered.map(({ set, item }) => {
        const ref = { setId: set.id, itemId: item.id };
        const fp = setItemFootprint(item, sizeOf(item.productId));
        const isSelected = selected?.setId === set.id && selected.itemId === item.id;
        const fill = faulty.has(`${set.id}/${item.id}`) ? '#e06a5a' : isSelected ? '#2f6fde' : '#6f9a7c';
        return (
          <g
            key={`${set.id}/${item.id}`}
            data-set-item={`${set.id}/${item.id}`}
            aria-label={nameOf(ref)}
            aria-pressed={isSelected}
            role="button"
            onPointerDown={(e) => onDown(e, ref, { x: item.x, z: item.z })}
            onPointerMove={onMove}
            onPointerUp={onUp}
            onPointerCancel={onUp}
            transform={`translate(${fp.cx} ${fp.cz}) rotate(${-fp.rotY * DEG})`}
            style={{ cursor: 'move' }}
          >
            <rect
              x={-fp.hx}
              y={-fp.hz}
              width={2 * fp.hx}
              height={2 * fp.hz}
              fill={fill}
              fillOpacity={standsOnFloor(item) ? 0.55 : 0.85}
              stroke={isSelected ? '#123' : '#3d5e47'}
              strokeWidth={0.05}
              strokeDasharray={standsOnFloor(item) ? undefined : '0.1 0.06'}
            />
            {/* Small products (a lamp, a vase) would be a dot: a ring shows which one is held. */}
            {isSelected && <circle r={Math.max(fp.hx, fp.hz) + 0.35} fill="none" stroke="#2f6fde" strokeWidth={0.08} />}
            {/* The product's front (local +z). */}
            <line x1={-fp.hx} y1={fp.hz} x2={fp.hx} y2={fp.hz} stroke="#fff" strokeWidth={0.06} />
          </g>
        );
      })}
    </g>
  );
}
