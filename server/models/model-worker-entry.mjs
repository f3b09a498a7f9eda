// A worker thread does not inherit tsx's loader; this plain entry loads the TypeScript worker through it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./model-worker.ts', import.meta.url);
