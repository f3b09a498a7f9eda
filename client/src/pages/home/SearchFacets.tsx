import { PRICE_BANDS, type SearchFacets as Facets } from '../../../../shared/catalogue/product-search';
import { priceBandLabel } from '../../catalogue/price-band-label';
import { useT } from '../../i18n/use-t';

interface Props {
  facets: Facets | null;
  priceBand: number | null;
  onPriceBand(band: number | null): void;
  /** The chosen store's name, when the customer chose one. */
  storeName: string | null;
  inStore: boolean;
  onInStore(on: boolean): void;
}

/** Price bands with their counts, and "available now in my store". */
export function SearchFacets({ facets, priceBand, onPriceBand, storeName, inStore, onInStore }: Props) {
  const { t, locale } = useT();
  return (
    <div className="facets">
      <div className="chips" role="group" aria-label={t('shop.price')}>
        <button type="button" className="chip" aria-pressed={priceBand === null} onClick={() => onPriceBand(null)}>
          {t('shop.priceAll')}
        </button>
        {PRICE_BANDS.map((band, i) => {
          const count = facets?.priceBand[i]?.count;
          if (count === 0 && priceBand !== i) return null;
          return (
            <button key={band.min} type="button" className="chip" aria-pressed={priceBand === i} onClick={() => onPriceBand(priceBand === i ? null : i)}>
              {priceBandLabel(band, locale, t)}
              {count !== undefined && <span className="chip__count"> ({count})</span>}
            </button>
          );
        })}
      </div>
      {storeName && (
        <label className="facets__store">
          <input type="checkbox" checked={inStore} onChange={(e) => onInStore(e.target.checked)} />
          {t('shop.inStore', { store: storeName })}
          {facets?.inStore !== undefined && <span className="chip__count"> ({facets.inStore})</span>}
        </label>
      )}
    </div>
  );
}
