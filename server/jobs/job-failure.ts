import type { JobError } from '../../shared/http/job-schemas';
import type { LocalizedText } from '../../shared/i18n-text';

/**
 * Thrown by a job handler when the input itself is wrong (a bad CSV row, a corrupt model): the job
 * fails at once with these errors instead of being retried. Any other error is retried. Given a
 * text in every language, the English is the message and the back office shows its own language.
 *
 * @example throw new JobFailure(MODEL_JOB_FAILURES.noMesh());
 */
export class JobFailure extends Error {
  readonly text?: LocalizedText;
  readonly errors: JobError[];

  constructor(reason: string | LocalizedText, errors?: JobError[]) {
    const message = typeof reason === 'string' ? reason : reason.en;
    super(message);
    this.name = 'JobFailure';
    if (typeof reason !== 'string') this.text = reason;
    this.errors = errors ?? [{ message, ...(this.text ? { text: this.text } : {}) }];
  }
}
