// The library entry point: the same pipeline the CLI runs, importable with types.
export { processDocument, type PipelineOptions } from './pipeline.js';
export { runCli } from './cli.js';
export * from './schema/records.js';
