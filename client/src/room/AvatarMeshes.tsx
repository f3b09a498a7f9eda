import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BoxGeometry, Color, ConeGeometry, InstancedBufferAttribute, InstancedMesh, Matrix4, MeshStandardMaterial, PlaneGeometry,
  Quaternion, SphereGeometry, TorusGeometry, Vector3,
} from 'three';
import { useLocale } from '../stores/use-locale';
import { INTERPOLATION_DELAY_MS, newPoseArray, samplePose } from './pose-buffer';
import { live, roomStore } from './room-store';
import { personName, roomText } from './room-text';
import type { ParticipantView } from './room-view';
import { avatarPeople } from './avatar-people';
import { sessionStore } from '../stores/session-store';
import { NameTagAtlas, TAG_SLOTS, nameTagMaterial } from './name-tag-atlas';
import { placeVoices } from './voice-mesh';
import { PERSONAL_SPACE_M } from '../../../shared/room/step-aside';

const MAX = TAG_SLOTS;
// Frame-loop scratch, allocated once.
const m = new Matrix4();
const m2 = new Matrix4();
const pos = new Vector3();
const quat = new Quaternion();
const yawQ = new Quaternion();
const scale = new Vector3();
const up = new Vector3(0, 1, 0);
const fwd = new Vector3();
const color = new Color();
const sample = newPoseArray();
const HIDDEN = new Matrix4().makeScale(0, 0, 0);
const visorOffset = new Matrix4().makeTranslation(0, 0.01, -0.115);
const visorScale = new Matrix4().makeScale(0.2, 0.07, 0.05);
const heads = new Map<string, Vector3>();
const viewer = new Vector3();

function mesh(geometry: BoxGeometry | SphereGeometry | ConeGeometry | TorusGeometry | PlaneGeometry, material: MeshStandardMaterial | ReturnType<typeof nameTagMaterial>, colors: boolean) {
  const im = new InstancedMesh(geometry, material, MAX);
  im.count = 0;
  im.frustumCulled = false;
  im.raycast = () => undefined;
  if (colors) im.instanceColor = new InstancedBufferAttribute(new Float32Array(MAX * 3).fill(1), 3);
  return im;
}

/**
 * Everyone else in the room, drawn cheaply: one instanced draw call each for heads, visors,
 * bodies, hands, advisor halos and name tags, whatever the number of people (up to 64 shown).
 * Poses are interpolated 100 ms in the past from the room's pose history.
 */
export function AvatarMeshes() {
  const locale = useLocale();
  const camera = useThree((s) => s.camera);
  const parts = useMemo(() => {
    const skin = new MeshStandardMaterial({ roughness: 0.6, metalness: 0.05 });
    const atlas = new NameTagAtlas();
    const tagGeometry = new PlaneGeometry(1, 1);
    const tags = mesh(tagGeometry, nameTagMaterial(atlas), false);
    const slots = new InstancedBufferAttribute(new Float32Array(MAX), 1);
    tagGeometry.setAttribute('slot', slots);
    return {
      atlas,
      slots,
      heads: mesh(new SphereGeometry(0.13, 20, 14), skin, true),
      visors: mesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ color: '#15171c', roughness: 0.3 }), false),
      bodies: mesh(new ConeGeometry(0.22, 0.75, 16, 1, true), skin, true),
      hands: mesh(new BoxGeometry(0.07, 0.04, 0.11), skin, true),
      halos: mesh(new TorusGeometry(0.12, 0.015, 8, 24), new MeshStandardMaterial({ color: '#ffd24a', emissive: '#ffb400', emissiveIntensity: 0.8 }), false),
      tags,
      people: [] as ParticipantView[],
    };
  }, []);

  // Colours and name tags change with the people, not with every frame.
  useEffect(() => {
    const apply = () => {
      const { view, me } = roomStore.getState();
      const people = avatarPeople(view?.participants ?? [], me, sessionStore.getState().user?.id, MAX);
      parts.people = people;
      let upload = false;
      people.forEach((p, i) => {
        color.set(p.color);
        if (p.speaking) color.offsetHSL(0, 0, 0.15);
        parts.heads.setColorAt(i, color);
        parts.bodies.setColorAt(i, color);
        parts.hands.setColorAt(i * 2, color);
        parts.hands.setColorAt(i * 2 + 1, color);
        upload = parts.atlas.draw(i, {
          name: personName(locale, p.name),
          badge: p.role === 'advisor' ? roomText(locale, 'advisor') : p.host ? roomText(locale, 'host') : null,
          color: p.color,
          speaking: p.speaking,
          muted: p.muted,
          away: !p.connected,
        }) || upload;
        parts.slots.setX(i, i);
      });
      for (let i = people.length; i < MAX; i++) parts.atlas.clear(i);
      for (const im of [parts.heads, parts.bodies, parts.hands]) if (im.instanceColor) im.instanceColor.needsUpdate = true;
      parts.slots.needsUpdate = true;
      if (upload) parts.atlas.texture.needsUpdate = true;
    };
    apply();
    return roomStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.me !== prev.me) apply();
    });
  }, [parts, locale]);

  useEffect(
    () => () => {
      for (const im of [parts.heads, parts.visors, parts.bodies, parts.hands, parts.halos, parts.tags]) {
        im.geometry.dispose();
        (im.material as MeshStandardMaterial).dispose();
        im.dispose();
      }
      parts.atlas.dispose();
      heads.clear();
    },
    [parts],
  );

  useFrame(() => {
    const t = performance.now() - INTERPOLATION_DELAY_MS;
    const n = parts.people.length;
    let halo = 0;
    camera.getWorldPosition(viewer);
    // Instance i is person i (colours and tag slots were set per person); someone with no pose yet is hidden.
    for (let i = 0; i < n; i++) {
      const p = parts.people[i]!; // i < n = parts.people.length
      const track = live.tracks.get(p.id);
      const posed = !!track && samplePose(track.head, t, sample);
      if (posed) {
        let h = heads.get(p.id);
        if (!h) {
          h = new Vector3();
          heads.set(p.id, h);
        }
        h.set(sample[0], sample[1], sample[2]);
      }
      // Inside the personal space bubble nobody is drawn: a head around the camera fills the screen
      // with its dark visor. Their voice still comes from where they stand.
      if (!track || !posed || Math.hypot(sample[0] - viewer.x, sample[2] - viewer.z) < PERSONAL_SPACE_M) {
        for (const im of [parts.heads, parts.visors, parts.bodies, parts.tags]) im.setMatrixAt(i, HIDDEN);
        parts.hands.setMatrixAt(i * 2, HIDDEN);
        parts.hands.setMatrixAt(i * 2 + 1, HIDDEN);
        continue;
      }
      pos.set(sample[0], sample[1], sample[2]);
      quat.set(sample[3], sample[4], sample[5], sample[6]);
      m.compose(pos, quat, scale.set(1, 1.12, 1.05));
      parts.heads.setMatrixAt(i, m);
      m2.multiplyMatrices(m, visorOffset).multiply(visorScale);
      parts.visors.setMatrixAt(i, m2);
      // The body turns with the head's heading only, and hangs below it.
      fwd.set(0, 0, -1).applyQuaternion(quat);
      yawQ.setFromAxisAngle(up, Math.atan2(-fwd.x, -fwd.z));
      m.compose(pos.set(sample[0], sample[1] - 0.55, sample[2]), yawQ, scale.set(1, 1, 1));
      parts.bodies.setMatrixAt(i, m);
      m.makeTranslation(sample[0], sample[1] + 0.34, sample[2]);
      parts.tags.setMatrixAt(i, m);
      if (p.role === 'advisor') {
        m.makeRotationX(Math.PI / 2).setPosition(sample[0], sample[1] + 0.2, sample[2]);
        parts.halos.setMatrixAt(halo++, m);
      }
      for (const side of [0, 1] as const) {
        const hand = side === 0 ? track.left : track.right;
        if (track.hands & (side + 1) && samplePose(hand, t, sample)) {
          m.compose(pos.set(sample[0], sample[1], sample[2]), quat.set(sample[3], sample[4], sample[5], sample[6]), scale.set(1, 1, 1));
          parts.hands.setMatrixAt(i * 2 + side, m);
        } else parts.hands.setMatrixAt(i * 2 + side, HIDDEN);
      }
    }
    parts.heads.count = parts.visors.count = parts.bodies.count = parts.tags.count = n;
    parts.hands.count = n * 2;
    parts.halos.count = halo;
    for (const im of [parts.heads, parts.visors, parts.bodies, parts.hands, parts.halos, parts.tags]) im.instanceMatrix.needsUpdate = true;
    camera.getWorldPosition(pos);
    camera.getWorldDirection(fwd);
    placeVoices({ x: pos.x, y: pos.y, z: pos.z, fx: fwd.x, fy: fwd.y, fz: fwd.z }, heads);
  });

  return (
    <group name="avatars">
      <primitive object={parts.bodies} />
      <primitive object={parts.heads} />
      <primitive object={parts.visors} />
      <primitive object={parts.hands} />
      <primitive object={parts.halos} />
      <primitive object={parts.tags} />
    </group>
  );
}
