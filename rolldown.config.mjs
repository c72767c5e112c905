import { defineConfig } from 'rolldown';

/**
 * The bot as one file. Started from `dist/`'s hundreds of modules (kysely alone is 289 files), Node spent
 * about half of the bot's start-up finding, reading and compiling them; bundled, the bot answers in about half
 * the time (BENCHMARKS.md, start-up). tsc compiles `src/` to `dist/` first; this replaces `dist/app.js`, the
 * entry that `npm start` and the Slack CLI run, with the bundle. The CLI stays as tsc wrote it.
 */
const external = ['better-sqlite3', 'pg', /^pino($|-|\/)/, 'thread-stream', /^@resvg\//];

export default defineConfig({
  input: 'dist/app.js',
  platform: 'node',
  // Loaded at run time from node_modules, not bundled: better-sqlite3 is a native addon; pg is loaded only on
  // PostgreSQL; pino and its transports (pino-pretty, thread-stream) find worker files by path; resvg loads its
  // platform's native binary from its own folder. The picture's font (dejavu-fonts-ttf) is found by path at
  // run time too, from node_modules.
  external,
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: 'app.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
});

/**
 * The worker thread that makes big hiring plans (src/slack/plan/plan-worker.ts), bundled on its own into
 * dist/plan-worker.js beside the bot, which starts it from there.
 */
export const planWorkerConfig = defineConfig({
  input: 'dist/slack/plan/plan-worker.js',
  platform: 'node',
  external,
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: 'plan-worker.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
});
