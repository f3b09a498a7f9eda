import { createStore } from 'zustand/vanilla';
import { maySignal, type SeatFacts } from '../../../shared/room/room-permissions';
import type { RtcSignal } from '../../../shared/room/protocol';
import { live, onRtc, roomStore } from './room-store';
import type { ParticipantView } from './room-view';
import { analyserSizeFor, loudestFrameRms, SPEAKING_POLL_MS, SPEAKING_RMS } from './voice-level';

/**
 * Voice between participants: WebRTC audio peer to peer (a mesh, fine for the few people of a help
 * session or a consultation; see docs/rooms.md for the SFU past a handful of speakers), signalled
 * through the room, each remote voice placed at its avatar's head with an HRTF `PannerNode`.
 */
export interface VoiceState {
  /** The microphone is open (the customer said yes). Listening needs no microphone. */
  enabled: boolean;
  muted: boolean;
  /** Hold-to-talk: muted unless the key is held. */
  pushToTalk: boolean;
  speaking: boolean;
  error: string | null;
  enable(): Promise<void>;
  disable(): void;
  setMuted(muted: boolean): void;
  setPushToTalk(on: boolean): void;
  /** Push-to-talk key down / up. */
  talk(held: boolean): void;
}

interface Peer {
  pc: RTCPeerConnection;
  /** Signals of one peer are applied in order: an ICE candidate must wait for the description before it. */
  queue: Promise<void>;
  polite: boolean;
  makingOffer: boolean;
  ignoreOffer: boolean;
  audio?: HTMLAudioElement;
  panner?: PannerNode;
  source?: MediaStreamAudioSourceNode;
}

const peers = new Map<string, Peer>();
let micStream: MediaStream | null = null;
let audioCtx: AudioContext | null = null;
let analyserTimer: ReturnType<typeof setInterval> | undefined;

/** No public STUN here: a deployment sets its own STUN/TURN (`VITE_ICE_SERVERS`, JSON). */
function iceServers(): RTCIceServer[] {
  const raw = (import.meta.env as Record<string, string | undefined>).VITE_ICE_SERVERS;
  try {
    return raw ? (JSON.parse(raw) as RTCIceServer[]) : [];
  } catch {
    return [];
  }
}

function ctx(): AudioContext {
  audioCtx ??= new AudioContext();
  if (audioCtx.state === 'suspended') void audioCtx.resume().catch(() => undefined);
  return audioCtx;
}

const signal = (to: string, s: RtcSignal) => roomStore.getState().send('rtc', { to, signal: s });

function facts(p: ParticipantView, floor: string): SeatFacts {
  return { seat: p.role, host: p.host, admitted: p.admitted, mutedByHost: p.mutedByHost, hasFloor: floor === p.id };
}

function peerFor(id: string): Peer {
  let peer = peers.get(id);
  if (peer) return peer;
  const me = roomStore.getState().me ?? '';
  const pc = new RTCPeerConnection({ iceServers: iceServers() });
  peer = { pc, queue: Promise.resolve(), polite: me < id, makingOffer: false, ignoreOffer: false };
  peers.set(id, peer);
  const p = peer;
  for (const track of micStream?.getAudioTracks() ?? []) pc.addTrack(track, micStream!);
  pc.onnegotiationneeded = async () => {
    try {
      p.makingOffer = true;
      await pc.setLocalDescription();
      if (pc.localDescription) signal(id, { kind: pc.localDescription.type === 'offer' ? 'offer' : 'answer', sdp: pc.localDescription.sdp });
    } catch {
      /* the next negotiation retries */
    } finally {
      p.makingOffer = false;
    }
  };
  pc.onicecandidate = ({ candidate }) => {
    if (candidate) signal(id, { kind: 'ice', candidate: candidate.toJSON() as { candidate: string; sdpMid?: string | null; sdpMLineIndex?: number | null } });
  };
  pc.ontrack = ({ streams }) => attachRemote(p, streams[0] ?? new MediaStream());
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === 'failed') pc.restartIce();
  };
  return p;
}

function attachRemote(p: Peer, stream: MediaStream) {
  const ac = ctx();
  // Chromium only feeds WebAudio from a remote stream that an element is also playing (muted).
  p.audio ??= new Audio();
  p.audio.muted = true;
  p.audio.srcObject = stream;
  void p.audio.play().catch(() => undefined);
  p.source?.disconnect();
  p.source = ac.createMediaStreamSource(stream);
  p.panner ??= new PannerNode(ac, { panningModel: 'HRTF', distanceModel: 'inverse', refDistance: 1.5, maxDistance: 40, rolloffFactor: 1 });
  p.source.connect(p.panner).connect(ac.destination);
}

function closePeer(id: string) {
  const p = peers.get(id);
  if (!p) return;
  p.pc.close();
  p.source?.disconnect();
  p.panner?.disconnect();
  if (p.audio) p.audio.srcObject = null;
  peers.delete(id);
}

/** Perfect negotiation (the polite peer yields on collision), so either side may start. */
function onSignal(from: string, s: RtcSignal) {
  if (s.kind === 'bye') return closePeer(from);
  const p = peerFor(from);
  p.queue = p.queue.then(() => applySignal(p, from, s));
}

async function applySignal(p: Peer, from: string, s: Exclude<RtcSignal, { kind: 'bye' }>) {
  const pc = p.pc;
  try {
    if (s.kind === 'ice') {
      try {
        await pc.addIceCandidate(s.candidate as RTCIceCandidateInit);
      } catch (e) {
        if (!p.ignoreOffer) throw e;
      }
      return;
    }
    const collision = s.kind === 'offer' && (p.makingOffer || pc.signalingState !== 'stable');
    p.ignoreOffer = !p.polite && collision;
    if (p.ignoreOffer) return;
    await pc.setRemoteDescription({ type: s.kind, sdp: s.sdp });
    if (s.kind === 'offer') {
      await pc.setLocalDescription();
      if (pc.localDescription) signal(from, { kind: 'answer', sdp: pc.localDescription.sdp });
    }
  } catch {
    /* a broken negotiation is retried by the next negotiationneeded */
  }
}

/** Keeps one peer per person we may talk with; in events listeners only connect to speakers. */
function syncPeers() {
  const { view, me, status } = roomStore.getState();
  if (status !== 'connected' || !view || !me || !micStream) {
    if (status !== 'connected') for (const id of [...peers.keys()]) closePeer(id);
    return;
  }
  const mine = view.participants.find((p) => p.id === me);
  if (!mine) return;
  const wanted = new Set<string>();
  for (const p of view.participants) {
    if (p.id === me || !p.connected) continue;
    if (!maySignal(facts(mine, view.floor), facts(p, view.floor), view.kind)) continue;
    wanted.add(p.id);
    peerFor(p.id);
  }
  for (const id of [...peers.keys()]) if (!wanted.has(id)) closePeer(id);
}

function startSpeakingDetector(stream: MediaStream, set: (s: Partial<VoiceState>) => void, get: () => VoiceState) {
  const ac = ctx();
  const analyser = ac.createAnalyser();
  // Each poll sees everything since the previous one, in 10 ms frames (see voice-level.ts).
  analyser.fftSize = analyserSizeFor(ac.sampleRate, SPEAKING_POLL_MS);
  const frame = Math.round(ac.sampleRate / 100);
  ac.createMediaStreamSource(stream).connect(analyser);
  const data = new Float32Array(analyser.fftSize);
  let loudUntil = 0;
  analyserTimer = setInterval(() => {
    analyser.getFloatTimeDomainData(data);
    const now = performance.now();
    if (loudestFrameRms(data, frame) > SPEAKING_RMS) loudUntil = now + 350;
    const speaking = !get().muted && now < loudUntil;
    if (speaking !== get().speaking) {
      set({ speaking });
      roomStore.getState().send('voice', { speaking });
    }
  }, SPEAKING_POLL_MS);
}

/** @example await voiceStore.getState().enable(); voiceStore.getState().setMuted(false); */
export const voiceStore = createStore<VoiceState>((set, get) => {
  const applyMute = (muted: boolean) => {
    for (const t of micStream?.getAudioTracks() ?? []) t.enabled = !muted;
    set({ muted, speaking: muted ? false : get().speaking });
    roomStore.getState().send('voice', muted ? { muted: true, speaking: false } : { muted: false });
  };
  return {
    enabled: false,
    muted: true,
    pushToTalk: false,
    speaking: false,
    error: null,
    async enable() {
      if (get().enabled) return;
      try {
        micStream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true } });
        for (const t of micStream.getAudioTracks()) t.enabled = false;
        set({ enabled: true, error: null, muted: true });
        startSpeakingDetector(micStream, set, get);
        // Existing connections get the new track (renegotiation), new ones start with it.
        for (const p of peers.values()) for (const t of micStream.getAudioTracks()) p.pc.addTrack(t, micStream);
        syncPeers();
      } catch (e) {
        set({ error: (e as Error).message });
      }
    },
    disable() {
      clearInterval(analyserTimer);
      for (const id of [...peers.keys()]) {
        signal(id, { kind: 'bye' });
        closePeer(id);
      }
      for (const t of micStream?.getTracks() ?? []) t.stop();
      micStream = null;
      set({ enabled: false, muted: true, speaking: false });
      roomStore.getState().send('voice', { muted: true, speaking: false });
    },
    setMuted(muted) {
      if (!get().enabled && !muted) return void get().enable().then(() => get().enabled && applyMute(false));
      applyMute(muted);
    },
    setPushToTalk(on) {
      set({ pushToTalk: on });
      applyMute(true);
    },
    talk(held) {
      if (get().pushToTalk && get().enabled) applyMute(!held);
    },
  };
});

onRtc((from, s) => onSignal(from, s));
roomStore.subscribe((s, prev) => {
  if (s.view !== prev.view || s.status !== prev.status) syncPeers();
  // The host muting me (or losing the floor) closes my microphone too.
  const mine = s.view?.participants.find((p) => p.id === s.me);
  if (mine?.muted && !voiceStore.getState().muted) voiceStore.getState().setMuted(true);
});

const fwd = { x: 0, y: 0, z: -1 };
/**
 * Places the listener (the camera) and every remote voice at its avatar's head; called by the
 * avatars' frame loop with positions it already computed.
 */
export function placeVoices(listener: { x: number; y: number; z: number; fx: number; fy: number; fz: number }, heads: ReadonlyMap<string, { readonly x: number; readonly y: number; readonly z: number }>) {
  if (!audioCtx || !peers.size) return;
  const l = audioCtx.listener;
  const t = audioCtx.currentTime;
  fwd.x = listener.fx;
  fwd.y = listener.fy;
  fwd.z = listener.fz;
  if (l.positionX) {
    l.positionX.setTargetAtTime(listener.x, t, 0.05);
    l.positionY.setTargetAtTime(listener.y, t, 0.05);
    l.positionZ.setTargetAtTime(listener.z, t, 0.05);
    l.forwardX.setTargetAtTime(fwd.x, t, 0.05);
    l.forwardY.setTargetAtTime(fwd.y, t, 0.05);
    l.forwardZ.setTargetAtTime(fwd.z, t, 0.05);
  }
  for (const [id, p] of peers) {
    const h = heads.get(id);
    if (!h || !p.panner) continue;
    p.panner.positionX.setTargetAtTime(h.x, t, 0.05);
    p.panner.positionY.setTargetAtTime(h.y, t, 0.05);
    p.panner.positionZ.setTargetAtTime(h.z, t, 0.05);
  }
}

/**
 * For tests and the console (`window.__vitrineRoom.voiceDebug`): what the mesh holds right now.
 *
 * @example voiceDebug.connections() // { 'hK3x…': 'connected' }; voiceDebug.panners() // 1
 */
export const voiceDebug = {
  /** Each voice connection's state, by room session id. */
  connections: () => Object.fromEntries([...peers].map(([id, p]) => [id, p.pc.connectionState])),
  /** Remote voices placed in 3D: one `PannerNode` per remote participant heard. */
  panners: () => [...peers.values()].filter((p) => p.panner).length,
  /** The connections and panners themselves (read `getStats()`, tap a panner's output). */
  peers: (): ReadonlyMap<string, { readonly pc: RTCPeerConnection; readonly panner?: PannerNode }> => peers,
  /** The local microphone track (`enabled` is false while muted), or null before the mic is on. */
  micTrack: () => micStream?.getAudioTracks()[0] ?? null,
};
export { live };
