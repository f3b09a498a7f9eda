import type { ModelBuilder } from '../geometry/model';
import { armchairLoire } from './armchair-loire';
import { bookcase } from './bookcase';
import { chairArc } from './chair-arc';
import { chairMora } from './chair-mora';
import { coffeeTable } from './coffee-table';
import { cubbyShelving } from './cubby-shelving';
import { diningTable } from './dining-table';
import { floorLamp } from './floor-lamp';
import { framedPrint } from './framed-print';
import { roundMirror } from './mirror';
import { pedestalTable } from './pedestal-table';
import { planter } from './planter';
import { berberRug, juteRug } from './rug';
import { sconce } from './sconce';
import { sideboard } from './sideboard';
import { sofa } from './sofa';
import { stool } from './stool';
import { globeLamp, pebbleLamp } from './table-lamp';
import { amphoraVase, bubbleVase } from './vase';
import { wallClock } from './wall-clock';
import { wallShelf } from './wall-shelf';

/**
 * Which builder (and which style) makes each catalogue product. A product without an entry
 * fails generation: every product sold must have a model.
 */
export const BUILDERS: Record<string, ModelBuilder> = {
  'sofa-oslo-3': (p) => sofa(p, { seats: 3, armWidth: 0.17, armHeight: 0.6, legHeight: 0.12, legs: 'wood', softness: 0.04 }),
  'sofa-lund-2': (p) => sofa(p, { seats: 2, armWidth: 0.2, armHeight: 0.64, legHeight: 0.06, legs: 'metal', softness: 0.08 }),
  'sofa-arles-4': (p) => sofa(p, { seats: 4, armWidth: 0.16, armHeight: 0.56, legHeight: 0.08, legs: 'plinth', softness: 0.05 }),
  'armchair-lisa': (p) => sofa(p, { seats: 1, armWidth: 0.13, armHeight: 0.62, legHeight: 0.16, legs: 'wood', softness: 0.065, backDepth: 0.17 }),
  'armchair-loire': armchairLoire,
  'table-chene-180': diningTable,
  'table-lune-120': (p) => pedestalTable(p, { top: 'ash', column: 0.045, foot: 0.27, topThickness: 0.032 }),
  'table-basse-nuage': coffeeTable,
  'table-appoint-pilier': (p) => pedestalTable(p, { top: 'travertine', column: 0.085, foot: 0.16, topThickness: 0.03 }),
  'chair-mora': chairMora,
  'chair-arc': chairArc,
  'stool-bar-haut': (p) => stool(p, { legs: 4, seatDiameter: 0.36, legMaterial: 'metal', footrest: 0.27 }),
  'stool-tripode': (p) => stool(p, { legs: 3, seatDiameter: 0.35, legMaterial: 'wood' }),
  'lamp-phare': floorLamp,
  'lamp-bulle': globeLamp,
  'lamp-galet': pebbleLamp,
  'sconce-halo': sconce,
  'bookcase-atelier': (p) => bookcase(p, 5),
  'shelving-modulo': (p) => cubbyShelving(p, 4, 2),
  'sideboard-riviera': (p) => sideboard(p, 4),
  'shelf-flotte': wallShelf,
  'rug-berbere': berberRug,
  'rug-jute-rond': juteRug,
  'vase-amphore': amphoraVase,
  'vase-bulle-verre': bubbleVase,
  'mirror-soleil': roundMirror,
  'print-calanques': framedPrint,
  'clock-gare': wallClock,
  'planter-terrazzo': planter,
};
