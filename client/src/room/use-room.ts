import { useStore } from 'zustand';
import { roomStore, type RoomState } from './room-store';

/** @example const people = useRoom((s) => s.view?.participants ?? []) */
export function useRoom<T>(selector: (s: RoomState) => T): T {
  return useStore(roomStore, selector);
}
