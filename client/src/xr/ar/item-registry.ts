import type { Object3D } from 'three';

/** The three.js group of each placed item, by uid: taps raycast against these. */
export const itemObjects = new Map<string, Object3D>();
