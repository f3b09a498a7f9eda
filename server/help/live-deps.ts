import type { HelpSignals } from './help-signals';
import type { HelpStreams } from './help-streams';
import type { LiveSession } from './live-sessions';

/** What the help, session and booking routes need beyond the app's services. */
export interface LiveDeps {
  signals: HelpSignals;
  streams: HelpStreams;
  /** The id of the room serving a session, opened on demand. */
  roomFor(session: LiveSession): Promise<string>;
}
