import { useLikes } from './likes-store';

export function LikesIsland() {
  return <b>{useLikes()}</b>;
}
