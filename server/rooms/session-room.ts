import { matchMaker } from '@colyseus/core';
import type { Db } from '../db/database';
import { ROOM_NAME } from '../../shared/room/protocol';
import { claimSessionRoom, findSession, type LiveSession } from '../help/live-sessions';

/**
 * The room serving a session, opened on demand: after a restart, or once the last person left
 * and the room was disposed, the next arrival gets a fresh one. Processes racing to open it agree
 * through a compare-and-set on the session row; the loser closes its spare room.
 *
 * @example const roomId = await sessionRoomId(db, session); // then client.joinById(roomId, {token})
 */
export async function sessionRoomId(db: Db, session: LiveSession): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = attempt === 0 ? session : await findSession(db, session.id);
    if (!current) throw new Error(`session ${session.id} vanished`);
    if (current.roomId) {
      const [live] = await matchMaker.query({ roomId: current.roomId });
      if (live) return current.roomId;
    }
    const created = await matchMaker.createRoom(ROOM_NAME, { session: session.id });
    if (await claimSessionRoom(db, session.id, current.roomId, created.roomId)) return created.roomId;
    await matchMaker.remoteRoomCall(created.roomId, 'disconnect').catch(() => {});
  }
  throw new Error(`could not settle a room for session ${session.id}`);
}
