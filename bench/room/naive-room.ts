import { Room, ServerError, ErrorCode, type Client } from '@colyseus/core';
import type { Services } from '../../server/app/services';
import type { Principal } from '../../server/auth/tokens';
import { PoseMessageSchema } from '../../shared/room/protocol';
import { readAvatarPose, type Pose } from '../../shared/room/pose';
import { avatarColor, displayName } from '../../shared/room/chat';

export const NAIVE_ROOM = 'naive_showroom';

/** What the naive room asked the network to carry, whether or not the clients could take it in. */
export const naiveCounters = { offeredBytes: 0 };
const BROADCAST_MS = 50;

interface NaiveParticipant {
  userId: string;
  name: string;
  role: 'customer' | 'advisor';
  color: string;
  head: Pose;
  left?: Pose;
  right?: Pose;
}

/**
 * The naive alternative the benchmark compares against: the same validated poses, but the whole
 * state sent to everyone as JSON 20 times a second (no delta encoding, no quantisation).
 */
export function createNaiveRoom(services: Services) {
  return class NaiveShowroom extends Room {
    maxMessagesPerSecond = 120;
    private readonly participants = new Map<string, NaiveParticipant>();
    private timer?: NodeJS.Timeout;

    static async onAuth(token: string | undefined, options: { token?: string }): Promise<Principal> {
      const check = await services.tokens.verify(options?.token ?? token ?? '');
      if (!check.ok) throw new ServerError(ErrorCode.AUTH_FAILED, 'bad token');
      return check.principal;
    }

    onCreate() {
      this.patchRate = null;
      this.timer = setInterval(() => {
        const json = JSON.stringify({ participants: Object.fromEntries(this.participants) });
        this.broadcast('state', json);
        // Frame overhead: protocol byte, type string, msgpack string header.
        naiveCounters.offeredBytes += (Buffer.byteLength(json) + 12) * this.clients.length;
      }, BROADCAST_MS);
    }

    onJoin(client: Client) {
      const p = client.auth as Principal;
      const role = p.role === 'customer' ? 'customer' : 'advisor';
      this.participants.set(client.sessionId, {
        userId: p.userId,
        name: displayName(p.name, p.userId),
        role,
        color: avatarColor(p.userId, role),
        head: { x: 0, y: 0, z: 0, qx: 0, qy: 0, qz: 0, qw: 1 },
      });
    }

    onLeave(client: Client) {
      this.participants.delete(client.sessionId);
    }

    onDispose() {
      clearInterval(this.timer);
    }

    messages = {
      pose: (client: Client, raw: unknown) => {
        const parsed = PoseMessageSchema.safeParse(raw);
        const pose = parsed.success ? readAvatarPose(parsed.data) : undefined;
        const p = this.participants.get(client.sessionId);
        if (!pose || !p) return;
        p.head = pose.head;
        if (pose.left) p.left = pose.left;
        if (pose.right) p.right = pose.right;
      },
      _: () => {},
    };
  };
}
