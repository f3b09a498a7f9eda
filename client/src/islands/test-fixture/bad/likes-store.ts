import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** A store and its hook in one module: an island would build a second copy, with its own state. */
export const likes = createStore(() => ({ n: 0 }));
export const useLikes = () => useStore(likes, (s) => s.n);
