import { describe, expect, it } from 'vitest';
import { usdzUrl, usdzVariantFileName } from './usdz-url';

const swatch = '#000000';
const name = { fr: '', en: '' };
const oslo = {
  id: 'sofa-oslo-3',
  model: { glb: '/models/sofa-oslo-3.glb', usdz: '/models/sofa-oslo-3.usdz' },
  variants: [
    { id: 'sable', name, swatch },
    { id: 'bleu-nuit', name, swatch },
  ],
};

describe('usdzUrl: Quick Look shows the variant the customer chose', () => {
  it('points a non-default variant at its own file in the variants folder', () => {
    expect(usdzUrl(oslo, 'bleu-nuit')).toBe('/models/variants/sofa-oslo-3--bleu-nuit.usdz');
    expect(usdzUrl(oslo, 'bleu-nuit').endsWith(usdzVariantFileName('sofa-oslo-3', 'bleu-nuit'))).toBe(true);
  });

  it('keeps the default file for the default variant, no variant and an unknown one', () => {
    expect(usdzUrl(oslo, 'sable')).toBe('/models/sofa-oslo-3.usdz');
    expect(usdzUrl(oslo, null)).toBe('/models/sofa-oslo-3.usdz');
    expect(usdzUrl(oslo, undefined)).toBe('/models/sofa-oslo-3.usdz');
    expect(usdzUrl(oslo, 'vert-pomme')).toBe('/models/sofa-oslo-3.usdz');
    expect(usdzUrl({ ...oslo, variants: [] }, 'bleu-nuit')).toBe('/models/sofa-oslo-3.usdz');
  });

  it('follows the folder of the catalogue path', () => {
    const cdn = { ...oslo, model: { glb: '', usdz: 'https://cdn.example/m/sofa-oslo-3.usdz' } };
    expect(usdzUrl(cdn, 'bleu-nuit')).toBe('https://cdn.example/m/variants/sofa-oslo-3--bleu-nuit.usdz');
  });
});
