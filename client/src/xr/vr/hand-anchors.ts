import type { Object3D } from 'three';

/**
 * Where each controller is, for what follows a hand (the held product, the wrist menu):
 * `grip` is the palm, `ray` the pointing ray (looks along its -z). Set by VrHand.
 */
export const handAnchors: Record<'left' | 'right', { grip: Object3D | null; ray: Object3D | null }> = {
  left: { grip: null, ray: null },
  right: { grip: null, ray: null },
};
