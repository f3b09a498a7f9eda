import type { ModelBuilder } from '../geometry/model';
import { sofa } from './sofa';

/**
 * Which builder (and which style) makes each catalogue product. A product without an entry
 * fails generation: every product sold must have a model.
 */
export const BUILDERS: Record<string, ModelBuilder> = {
  'sofa-oslo-3': (p) => sofa(p, { seats: 3, armWidth: 0.17, armHeight: 0.6, legHeight: 0.12, legs: 'wood', softness: 0.04 }),
  'sofa-lund-2': (p) => sofa(p, { seats: 2, armWidth: 0.2, armHeight: 0.64, legHeight: 0.06, legs: 'metal', softness: 0.08 }),
  'sofa-arles-4': (p) => sofa(p, { seats: 4, armWidth: 0.16, armHeight: 0.56, legHeight: 0.08, legs: 'plinth', softness: 0.05 }),
};
