import type { Services } from '../app/services';
import type { HelpSignals } from '../help/help-signals';
import type { RateLimit } from '../http/rate-limit';

/** What rooms need from the app, passed in when the room class is built. */
export interface RoomDeps {
  services: Services;
  signals: HelpSignals;
  /** Rooms a caller may open (public showrooms): each one costs memory until it empties. */
  roomOpenings: RateLimit;
}
