import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { problemOf, type FormProblem } from './field-errors';

/**
 * A form's refused-request state: `errorFor(field)` for the inline message under a field,
 * `general` for one not tied to a field.
 *
 * @example const p = useFormProblem(['email', 'password']); try { … } catch (e) { p.set(e) }
 */
export function useFormProblem(fields: readonly string[]) {
  const { t } = useT();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const words = problem ? (problem.key ? t(problem.key) : (problem.text ?? '')) : '';
  const onField = !!problem?.field && fields.includes(problem.field);
  return {
    problem,
    set: (e: unknown) => setProblem(problemOf(e)),
    clear: () => setProblem(null),
    errorFor: (field: string) => (onField && problem?.field === field ? words : undefined),
    general: problem && !onField ? words : undefined,
  };
}
