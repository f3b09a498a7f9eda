/**
 * How fast the visitor is being moved artificially (thumbstick walking, smooth turning), written
 * by the rig each frame and read by the comfort vignette. A plain mutable object: no re-renders.
 */
export const vrMotion = { speed: 0, turn: 0 };
