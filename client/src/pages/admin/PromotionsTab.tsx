import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/use-t';
import type { Promotion } from '../../../../shared/pricing/promotion';
import { describePromotion, promotionPeriod, promotionState } from './describe-promotion';
import { promotionsStore } from './promotions-store';
import { PromotionForm } from './PromotionForm';

/** The promotions every channel applies, in words; an admin starts new ones and ends them. */
export function PromotionsTab() {
  const { t, locale } = useT();
  const items = useStore(promotionsStore, (s) => s.items);
  const names = useStore(promotionsStore, (s) => s.names);
  const status = useStore(promotionsStore, (s) => s.status);
  const error = useStore(promotionsStore, (s) => s.error);
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  useEffect(() => void promotionsStore.getState().load(), []);
  const words = { t, locale, productName: (id: string) => names[id] };
  const now = new Date().toISOString();

  const end = async (p: Promotion) => {
    setEnding(null);
    if (await promotionsStore.getState().end(p.id)) setEnded(t('promo.ended', { name: p.label[locale] }));
  };

  return (
    <section className="admin-section" aria-labelledby="promo-title">
      <h1 id="promo-title">{t('promo.title')}</h1>
      <p className="small muted">{t('promo.intro')}</p>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      <div role="status" data-testid="promo-ended">
        {ended && <p className="notice notice--ok">{ended}</p>}
      </div>
      {status === 'loading' && items.length === 0 && <p className="muted">{t('app.loading')}</p>}
      {status === 'ready' && items.length === 0 && <p className="muted">{t('promo.empty')}</p>}
      {items.length > 0 && (
        <div className="admin-table-wrap">
          <table className="admin-table admin-table--stack" data-testid="promo-table">
            <thead>
              <tr>
                <th scope="col">{t('promo.colName')}</th>
                <th scope="col">{t('promo.colEffect')}</th>
                <th scope="col">{t('promo.colWhen')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => {
                const state = promotionState(p, now);
                return (
                  <tr key={p.id} data-testid="promo-row" data-promotion={p.id}>
                    <th scope="row">{p.label[locale]}</th>
                    <td data-label={t('promo.colEffect')} data-testid="promo-effect">
                      {describePromotion(p, words)}
                    </td>
                    <td>
                      <span className="admin-table__sub promo-when">{promotionPeriod(p, words)}</span>
                      <div className="admin-table__state">
                        <span className={`admin-pill admin-pill--${state === 'active' ? 'published' : 'draft'}`}>{t(`promo.state.${state}`)}</span>
                        {ending !== p.id && (
                          <button type="button" className="btn btn--small btn--ghost" aria-label={t('promo.endNamed', { name: p.label[locale] })} onClick={() => setEnding(p.id)} data-testid="promo-end">
                            {t('promo.end')}
                          </button>
                        )}
                      </div>
                      {ending === p.id && (
                        <div className="promo-confirm" role="group" aria-labelledby={`promo-confirm-${p.id}`} data-testid="promo-confirm">
                          <p id={`promo-confirm-${p.id}`}>{t('promo.confirmEnd', { name: p.label[locale] })}</p>
                          <div className="admin-actions">
                            <button type="button" className="btn btn--small btn--danger" onClick={() => void end(p)} data-testid="promo-confirm-end">
                              {t('promo.confirmYes')}
                            </button>
                            {/* biome-ignore lint/a11y/noAutofocus: the question just opened; the safe answer takes the focus */}
                            <button type="button" className="btn btn--small btn--ghost" autoFocus onClick={() => setEnding(null)}>
                              {t('promo.cancel')}
                            </button>
                          </div>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <PromotionForm onCreated={() => setEnded(null)} />
    </section>
  );
}
