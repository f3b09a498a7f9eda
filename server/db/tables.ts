import * as commerce from './schema/commerce';

/** Every table, for drizzle's relational typing. Each feature adds its schema file here (drizzle-kit reads schema/*.ts). */
export const tables = { ...commerce };
export type Tables = typeof tables;
