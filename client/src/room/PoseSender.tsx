import { useFrame, useThree } from '@react-three/fiber';
import { Quaternion, Vector3, type Object3D } from 'three';
import { handAnchors } from '../xr/vr/hand-anchors';
import { storeNavStore } from '../scene/navigation/store-nav-store';
import { newPoseArray, type PoseArray } from './pose-buffer';
import { POSE_INTERVAL_MS, roomStore } from './room-store';

const p = new Vector3();
const q = new Quaternion();
const last = new Float32Array(21).fill(NaN);
const now7 = newPoseArray();

function read(o: Object3D, out: PoseArray) {
  o.getWorldPosition(p);
  o.getWorldQuaternion(q);
  out[0] = p.x;
  out[1] = p.y;
  out[2] = p.z;
  out[3] = q.x;
  out[4] = q.y;
  out[5] = q.z;
  out[6] = q.w;
}

/** Moved more than 5 mm or turned more than about half a degree since the last pose sent. */
function moved(i: number, v: PoseArray): boolean {
  for (let k = 0; k < 7; k++) {
    // Unknown (NaN, as `last` starts) counts as moved: the comparison below is then false.
    const d = Math.abs((v[k] ?? NaN) - (last[i * 7 + k] ?? NaN));
    if (!(d < (k < 3 ? 0.005 : 0.004))) return true;
  }
  return false;
}

const tuple = (v: PoseArray) => [v[0], v[1], v[2], v[3], v[4], v[5], v[6]];

/**
 * Sends this visitor's pose at most 20 times a second, and only when it changed: the camera as
 * the head, and in a headset both controllers as hands.
 */
export function PoseSender() {
  const camera = useThree((s) => s.camera);
  let acc = 0;
  useFrame((_, delta) => {
    acc += delta * 1000;
    if (acc < POSE_INTERVAL_MS) return;
    acc = 0;
    if (roomStore.getState().status !== 'connected') return;
    read(camera, now7);
    const head = moved(0, now7);
    const msg: { h: number[]; l?: number[]; r?: number[] } = { h: tuple(now7) };
    let any = head;
    if (head) last.set(now7, 0);
    if (storeNavStore.getState().inXR) {
      (['left', 'right'] as const).forEach((side, k) => {
        const grip = handAnchors[side].grip;
        if (!grip) return;
        read(grip, now7);
        msg[side === 'left' ? 'l' : 'r'] = tuple(now7);
        if (moved(k + 1, now7)) {
          last.set(now7, (k + 1) * 7);
          any = true;
        }
      });
    }
    if (any) roomStore.getState().send('pose', msg);
  });
  return null;
}
