import type { Money } from '../../../shared/money';
import type { Locale } from '../../../shared/i18n-text';
import { formatPrice } from '../i18n/format';

/**
 * One unit's price as the shared pricing gives it (`line.price`, `unitPriceAfterPromotions`): the
 * price after promotions, and the former one struck through for the eye and read out as words by
 * screen readers (`wasLabel`, already translated, e.g. "Was 69,00 €").
 *
 * @example <UnitPriceText unit={p.unit} was={p.was} locale="fr" wasLabel={(price) => t('product.was', { price })} />
 */
export function UnitPriceText({ unit, was, locale, wasLabel, testId = 'unit-price' }: { unit: Money; was?: Money | null; locale: Locale; wasLabel: (price: string) => string; testId?: string }) {
  return (
    <span className="unit-price" data-testid={testId} data-amount={unit.amount}>
      <span className={was ? 'price__now--promo' : undefined}>{formatPrice(unit, locale)}</span>
      {was && (
        <>
          {' '}
          <s className="price__was" aria-hidden="true">
            {formatPrice(was, locale)}
          </s>
          <span className="visually-hidden">{wasLabel(formatPrice(was, locale))}</span>
        </>
      )}
    </span>
  );
}
