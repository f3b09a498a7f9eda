import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { problemOf, type FormProblem } from './field-errors';

/**
 * A form's request state: `submit(action)` runs the request once at a time (`busy` meanwhile) and
 * keeps its refusal, shown by `errorFor(field)` under a field or `general` when not tied to one.
 *
 * @example const p = useFormProblem(['email']); <form onSubmit={p.submit(() => accountApi.requestReset(email, locale))}>
 */
export function useFormProblem(fields: readonly string[]) {
  const { t } = useT();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const words = problem ? (problem.key ? t(problem.key) : (problem.text ?? '')) : '';
  const onField = !!problem?.field && fields.includes(problem.field);
  return {
    problem,
    set: (e: unknown) => setProblem(problemOf(e)),
    clear: () => setProblem(null),
    errorFor: (field: string) => (onField && problem?.field === field ? words : undefined),
    general: problem && !onField ? words : undefined,
    busy,
    submit: (action: () => Promise<void>) => async (e: FormEvent) => {
      e.preventDefault();
      setBusy(true);
      setProblem(null);
      try {
        await action();
      } catch (err) {
        setProblem(problemOf(err));
      } finally {
        setBusy(false);
      }
    },
  };
}
