// Bundles dist/app.js with rolldown's API rather than its command line, which prints a table of every asset
// on each build (and so on every `npm start` that builds, every test run and every bench run). Warnings and
// errors still come through.
import { build } from 'rolldown';
import config, { planWorkerConfig } from '../rolldown.config.mjs';

await build({ ...config, logLevel: 'warn' });
await build({ ...planWorkerConfig, logLevel: 'warn' });
