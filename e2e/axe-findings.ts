import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What axe-core reports at these levels blocks a customer or a clerk: the law's threshold for a shop. */
const BLOCKING = new Set(['serious', 'critical']);

/** Violations counted by impact (critical, serious, moderate, minor), for a walk's report. */
export type ImpactTally = Record<string, number>;

/**
 * The serious and critical axe-core violations of the WCAG 2.1 A and AA rules (colour contrast
 * included) on the page, or inside `within`, one line each with up to three of the elements.
 * `tally`, when given, also counts every violation found, blocking or not, by impact.
 */
export async function blockingViolations(page: Page, within?: string, tally?: ImpactTally): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // The 3D canvas is described by its own label; its pixels are not text.
  axe = within ? axe.include(within) : axe.exclude('canvas');
  const { violations } = await axe.analyze();
  if (tally) {
    for (const v of violations) {
      const impact = v.impact ?? 'unknown';
      tally[impact] = (tally[impact] ?? 0) + 1;
    }
  }
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
