/**
 * The CLI's ports to the outside: where it writes, how it reads standard input and asks questions.
 * Commands only see these, so tests run them with in-memory streams.
 */
import { createInterface } from 'node:readline/promises';

export interface CliOutput {
  write(text: string): void;
  /** True on a terminal: progress bars are drawn only there. */
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  stdinIsTTY: boolean;
  /** All of standard input as text (for `--password-stdin`). */
  readStdin(): Promise<string>;
  /** Asks one question on the terminal (printed on stderr) and returns the answer. */
  prompt(question: string): Promise<string>;
}

/** A refusal or usage problem of the CLI itself; shown as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
      return Buffer.concat(chunks).toString('utf8');
    },
    prompt: async (question) => {
      const terminal = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await terminal.question(question);
      } finally {
        terminal.close();
      }
    },
  };
}
