import * as commerce from './schema/commerce';
import * as sessions from './schema/sessions';
import * as stores from './schema/stores';
import * as operations from './schema/operations';
import * as layouts from './schema/layouts';
import * as auth from './schema/auth';
import * as accounts from './schema/accounts';
import * as privacy from './schema/privacy';
import * as sandboxPayments from './schema/sandbox-payments';

/** Every table, for drizzle's relational typing. Each feature adds its schema file here (drizzle-kit reads schema/*.ts). */
export const tables = { ...commerce, ...sessions, ...stores, ...operations, ...layouts, ...auth, ...accounts, ...privacy, ...sandboxPayments };
export type Tables = typeof tables;
