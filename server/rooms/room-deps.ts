import type { Services } from '../app/services';
import type { HelpSignals } from '../help/help-signals';

/** What rooms need from the app, passed in when the room class is built. */
export interface RoomDeps {
  services: Services;
  signals: HelpSignals;
}
