import '../../i18n/accounts-text';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/fr';
import { problemOf, takeLinkToken, type FormProblem } from './field-errors';
import './access.css';

/** A link shown under the outcome: a message key and where it leads. */
export interface LandingLink {
  href: string;
  label: MessageKey;
}

export interface LinkLandingPageProps {
  /** The page's `data-testid`. */
  testId: string;
  title: MessageKey;
  /** Shown while the link is being followed. */
  working: MessageKey;
  /** Sends the link's secret to the server and does what its answer asks (adopt a session…); resolves to what to say. */
  follow: (token: string) => Promise<MessageKey>;
  /** The `data-testid` of the success message. */
  doneTestId: string;
  /** Where to go once it worked, if anywhere. */
  next?: LandingLink;
  /** Where to go when the link was refused (ask for a new one). */
  retry: LandingLink;
  /** Words a refusal; the account forms' wording when left out. */
  refusal?: (e: unknown) => FormProblem;
}

type Phase = { at: 'working' } | { at: 'done'; text: MessageKey } | { at: 'refused'; problem: FormProblem };

let pending: Promise<unknown> | null = null;

/**
 * The landing of a mailed link (`/account/…#token=…`): takes the secret out of the address bar,
 * follows it once, says it is working, then what came of it: success, or why the link was refused
 * with a way to ask again.
 *
 * @example <LinkLandingPage testId="verify-page" title="acct.verify.title" working="acct.verify.working"
 *   follow={async (token) => { sessionStore.getState().adopt(await accountApi.verifyEmail(token)); return 'acct.verify.done'; }}
 *   doneTestId="verified" next={{ href: '/account', label: 'acct.toAccount' }} retry={{ href: '/account/sign-up', label: 'acct.signUp.title' }} />
 */
export function LinkLandingPage({ testId, title, working, follow, doneTestId, next, retry, refusal = problemOf }: LinkLandingPageProps) {
  const { t } = useT();
  const [phase, setPhase] = useState<Phase>({ at: 'working' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: a link is followed once, on arrival; a new `follow` or `refusal` must not follow it again.
  useEffect(() => {
    const token = takeLinkToken();
    if (!token) {
      if (!pending) setPhase({ at: 'refused', problem: { key: 'acct.err.unknown' } });
      return;
    }
    // One request even when a development re-render runs the effect twice: the second run finds
    // the secret already taken out of the address bar.
    pending = follow(token).then(
      (text) => setPhase({ at: 'done', text }),
      (e) => setPhase({ at: 'refused', problem: refusal(e) }),
    ).finally(() => {
      pending = null;
    });
  }, []);

  return (
    <section className="page narrow access-page" data-testid={testId}>
      <h1>{t(title)}</h1>
      <div className="access-card" role="status">
        {phase.at === 'working' && <p>{t(working)}</p>}
        {phase.at === 'done' && (
          <>
            <p className="notice notice--ok" data-testid={doneTestId}>{t(phase.text)}</p>
            {next && <Link href={next.href} className="btn btn--accent">{t(next.label)}</Link>}
          </>
        )}
        {phase.at === 'refused' && (
          <>
            <p className="error-text" data-testid="link-problem">{phase.problem.key ? t(phase.problem.key) : phase.problem.text}</p>
            <Link href={retry.href}>{t(retry.label)}</Link>
          </>
        )}
      </div>
    </section>
  );
}
