import { Quaternion, Vector3 } from 'three';

/**
 * Where the reticle is this frame: written by the hit-test callback, read by the tap handler. A
 * plain mutable object (not React or zustand state): it changes every frame.
 */
export const reticle = {
  valid: false,
  position: new Vector3(),
  normal: new Vector3(0, 1, 0),
  quaternion: new Quaternion(),
};
