import type { Services } from '../app/services';

/** The transaction checkout runs in, for steps that join it. */
export type CheckoutTx = Parameters<Parameters<Services['database']['db']['transaction']>[0]>[0];
