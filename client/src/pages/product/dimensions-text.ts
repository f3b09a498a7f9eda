import type { Product } from '../../../../shared/catalogue/product';
import { formatCm } from '../../i18n/format';
import type { Translator } from '../../i18n/use-t';

/**
 * A product's outer size in centimetres as read aloud and shown, for the text alternatives of the
 * 3D viewer and the AR button (a screen reader user learns the size the picture shows).
 *
 * @example dimensionsText({w: 0.82, h: 0.76, d: 0.88}, {t, locale: 'fr'}) // "L 82 × H 76 × P 88 cm"
 */
export function dimensionsText(m: Product['dimensionsM'], { t, locale }: Pick<Translator, 't' | 'locale'>): string {
  return t('product.dims', { w: formatCm(m.w, locale), h: formatCm(m.h, locale), d: formatCm(m.d, locale) });
}
