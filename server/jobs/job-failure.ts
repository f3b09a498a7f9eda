import type { JobError } from '../../shared/http/job-schemas';

/**
 * Thrown by a job handler when the input itself is wrong (a bad CSV row, a corrupt model): the job
 * fails at once with these errors instead of being retried. Any other error is retried.
 *
 * @example throw new JobFailure('3 rows are wrong; nothing was imported', errors);
 */
export class JobFailure extends Error {
  constructor(message: string, readonly errors: JobError[] = [{ message }]) {
    super(message);
    this.name = 'JobFailure';
  }
}
