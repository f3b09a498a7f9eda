import type { Client } from '@colyseus/core';
import type { ServerMessage } from '../../shared/room/protocol';

/** Sends one server → client message of the protocol (its `type` becomes the Colyseus message type). */
export function sendTo(client: Client, m: ServerMessage): void {
  const { type, ...body } = m;
  client.send(type, body);
}
