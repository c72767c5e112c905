import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script as its own process, feeding `input` on stdin (then closing it). */
export function runNode(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<ProcessResult> {
  return runProcess(process.execPath, [script, ...args], options);
}

/** Runs any program as its own process (PATH and HOME only, unless `env` adds more), `input` on stdin. */
export function runProcess(
  program: string,
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export function runCliProcess(args: string[], options: Parameters<typeof runNode>[2] = {}) {
  return runNode(CLI, args, options);
}

/** A Node stack frame ("    at fn (file:1:2)"): users must never see one. */
export const STACK_FRAME = /^\s+at .+\(?.+:\d+:\d+\)?$/m;
