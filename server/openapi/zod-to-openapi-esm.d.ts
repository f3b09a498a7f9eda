// The package has no "exports" map, so Node's ESM loader picks its CommonJS build, which loads
// zod's CommonJS build: a second zod whose prototypes our schemas do not share. Importing the
// ESM file directly keeps one zod; these are its types.
declare module '@asteasolutions/zod-to-openapi/dist/index.mjs' {
  export * from '@asteasolutions/zod-to-openapi';
}
