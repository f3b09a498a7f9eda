import { useFrame } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { StoreWorld } from '../scene/store-world';
import { storeChoiceStore } from '../stores/store-choice-store';
import { AvatarMeshes } from './AvatarMeshes';
import { Lasers } from './Lasers';
import { PoseSender } from './PoseSender';
import { SessionEffects } from './SessionEffects';
import { live, roomStore } from './room-store';
import { voiceDebug, voiceStore } from './voice-mesh';

/** The showroom of the store chosen on the site (or the flagship) when the link names no session. */
const DEFAULT_STORE = 'store-lyon';

/**
 * The live session inside the walkable store: other people's avatars, lasers, this visitor's pose
 * sent at 20 Hz, and the session's effects (spotlight, follow me). Mount inside the store's
 * Canvas. On entry it joins the session named by the link (`?session=&invite=`), or stays in the
 * session already open (a help request), or walks into the store's public showroom.
 *
 * @example <StoreCanvas world={world} params={params}><AvatarsLayer world={world} /></StoreCanvas>
 */
export function AvatarsLayer({ world, join = true }: { world: StoreWorld; join?: boolean }) {
  // Join once the store has drawn a few frames: its first ones compile shaders and can hold the
  // main thread longer than a seat reservation lasts on a slow device.
  const frames = useRef(0);
  const [drawn, setDrawn] = useState(false);
  useFrame(() => {
    if (!drawn && ++frames.current === 3) setDrawn(true);
  });
  useEffect(() => {
    (window as unknown as { __vitrineRoom?: unknown }).__vitrineRoom = { store: roomStore, live, voice: voiceStore, voiceDebug };
    if (!join || !drawn) return;
    const q = new URLSearchParams(window.location.search);
    const session = q.get('session');
    const rs = roomStore.getState();
    const inSession = rs.target?.kind === 'session' && rs.status !== 'idle' && rs.status !== 'error';
    if (session) void rs.joinSession(session, q.get('invite') ?? undefined).catch(() => undefined);
    else if (!inSession) void rs.joinPublic(storeChoiceStore.getState().storeId ?? DEFAULT_STORE).catch(() => undefined);
    return () => {
      if (roomStore.getState().target?.kind === 'public') void roomStore.getState().leave();
    };
  }, [join, drawn]);
  return (
    <>
      <PoseSender />
      <AvatarMeshes />
      <Lasers />
      <SessionEffects world={world} />
    </>
  );
}
