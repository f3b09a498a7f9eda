import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/translate';
import { localeStore } from '../stores/locale-store';

interface State {
  error: Error | null;
}

/** Catches a page that throws or a lazy chunk that fails to download, and offers a reload. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    const l = localeStore.getState().locale;
    return (
      <section className="page narrow" role="alert">
        <h1>{translate(l, 'app.error')}</h1>
        <p className="muted">{this.state.error.message}</p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {translate(l, 'app.retry')}
        </button>
      </section>
    );
  }
}
