import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id';

describe('request ids', () => {
  it("keeps a caller's id that looks like one", () => {
    for (const id of ['abc', 'edge-7f3a.42', '5f0c2b9e-1d2c-4c1e-9a51-1d2f3a4b5c6d', 'Root:1-67a8.x_y', 'a'.repeat(64)]) expect(requestIdFrom(id)).toBe(id);
  });

  it('makes a new one for anything else: text that could forge a log line, too long, empty', () => {
    for (const bad of [undefined, '', ' abc', 'a b', 'a\nb', '{"level":60}', 'a'.repeat(65), '-leading', 'id;drop', 'é']) {
      const id = requestIdFrom(bad);
      expect(id, String(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
