import { createStore } from 'zustand/vanilla';

/** State both sides read: it must exist once. */
export const counter = createStore(() => ({ n: 1 }));
