import { describe, expect, it } from 'vitest';
import { fitToDimensions, withinTolerance } from './fit-to-dimensions';

const chair = { w: 0.45, h: 0.8, d: 0.5 };

describe('fitToDimensions', () => {
  it('accepts a model in metres, Y up, within 1 cm', () => {
    const fit = fitToDimensions({ x: 0.455, y: 0.795, z: 0.5 }, chair);
    expect(fit).toMatchObject({ ok: true, unit: 'metres', scale: 1, upAxis: 'y', notes: [] });
  });

  it('corrects a model made in centimetres and says so', () => {
    const fit = fitToDimensions({ x: 45, y: 80, z: 50 }, chair);
    expect(fit).toMatchObject({ ok: true, unit: 'centimetres', scale: 0.01, upAxis: 'y' });
    if (fit.ok) expect(fit.notes[0]?.en).toMatch(/centimetres/);
  });

  it('corrects millimetres and inches', () => {
    expect(fitToDimensions({ x: 450, y: 800, z: 500 }, chair)).toMatchObject({ ok: true, unit: 'millimetres' });
    expect(fitToDimensions({ x: 0.45 / 0.0254, y: 0.8 / 0.0254, z: 0.5 / 0.0254 }, chair)).toMatchObject({ ok: true, unit: 'inches' });
  });

  it('reads a Z-up export (height along z) and notes the turn', () => {
    const fit = fitToDimensions({ x: 0.45, y: 0.5, z: 0.8 }, chair);
    expect(fit).toMatchObject({ ok: true, upAxis: 'z', size: { w: 0.45, h: 0.8, d: 0.5 } });
  });

  it('refuses a wrong size, naming the dimension and by how much', () => {
    const fit = fitToDimensions({ x: 0.45, y: 0.95, z: 0.5 }, chair);
    expect(fit.ok).toBe(false);
    if (!fit.ok) {
      expect(fit.problems).toHaveLength(1);
      expect(fit.problems[0]?.en).toBe('height is 95.0 cm where the product says 80.0 cm (+15.0 cm, 19 %)');
    }
  });

  it('does not take a size off by 3 % for a match', () => {
    expect(fitToDimensions({ x: 2.06, y: 0.82, z: 0.92 }, { w: 2.14, h: 0.82, d: 0.92 }).ok).toBe(false);
  });
});

describe('withinTolerance', () => {
  it('allows 1 cm on small pieces and 2 % on large ones', () => {
    expect(withinTolerance(0.109, 0.1)).toBe(true);
    expect(withinTolerance(0.112, 0.1)).toBe(false);
    expect(withinTolerance(3.06, 3)).toBe(true);
    expect(withinTolerance(3.07, 3)).toBe(false);
  });
});
