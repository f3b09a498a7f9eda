import { afterEach, describe, expect, it, vi } from 'vitest';
import { exposeRenderer } from './expose-renderer';

const published = () => (window as unknown as { __r3f?: { scene: unknown } }).__r3f?.scene;
const handle = (name: string) => [name, name, name] as unknown as [never, never, never];

describe('window.__r3f follows the renderer the person is looking at', () => {
  vi.stubGlobal('window', {});
  afterEach(() => expect(published()).toBeUndefined());

  it('publishes the latest renderer and puts back the previous one', () => {
    const offViewer = exposeRenderer(...handle('viewer'));
    const offOther = exposeRenderer(...handle('other'));
    expect(published()).toBe('other');
    offOther();
    expect(published()).toBe('viewer');
    offViewer();
  });

  it('keeps an AR session on top even when the product viewer starts after it', () => {
    const offAr = exposeRenderer(...handle('ar'), { immersive: true });
    const offViewer = exposeRenderer(...handle('viewer'));
    expect(published()).toBe('ar');
    offAr();
    expect(published()).toBe('viewer');
    offViewer();
  });
});
