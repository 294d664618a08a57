/**
 * The `chorus` command tree. Commands are thin: they read flags, open the database, call a use
 * case and print. `runCli` returns the exit code instead of exiting, so tests drive it directly.
 */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { AppError } from '../core/errors.js';
import { registerApiKeyCommands } from './commands/api-key.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerKeyCommands } from './commands/keys.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerStartCommand } from './commands/start.js';
import { registerUserCommands } from './commands/user.js';
import { registerWorkspaceCommands } from './commands/workspace.js';
import type { CliDeps } from './context.js';
import { settingsHelp } from './format.js';
import { CliError } from './io.js';

export function buildProgram(deps: CliDeps, version: string): Command {
  const program = new Command('chorus')
    .description('Chorus: self-hosted social media marketing. Run "chorus start" to serve it; the other commands are for the operator.')
    .version(version, '-v, --version', 'print the version')
    .configureOutput({ writeOut: (text) => deps.io.stdout.write(text), writeErr: (text) => deps.io.stderr.write(text) })
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', settingsHelp());
  registerStartCommand(program, deps);
  registerMigrateCommand(program, deps);
  registerUserCommands(program, deps);
  registerWorkspaceCommands(program, deps);
  registerApiKeyCommands(program, deps);
  registerBackupCommands(program, deps);
  registerKeyCommands(program, deps);
  return program;
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], deps: CliDeps, version = '0.0.0'): Promise<number> {
  const program = buildProgram(deps, version);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    // Commander has already printed its own one-line message (or the help, exit code 0).
    if (error instanceof CommanderError) return error.exitCode;
    deps.io.stderr.write(`error: ${oneLine(error)}\n`);
    if (!isExpected(error) && wantsDetails(deps) && error instanceof Error && error.stack) {
      deps.io.stderr.write(`${error.stack}\n`);
    }
    return 1;
  }
}

const isExpected = (error: unknown): boolean =>
  error instanceof AppError || error instanceof ConfigError || error instanceof CliError;

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'failed without a message';
}

/** A stack trace is for developers: only with CHORUS_LOG_LEVEL=debug or trace. */
function wantsDetails(deps: CliDeps): boolean {
  const level = (deps.env ?? process.env).CHORUS_LOG_LEVEL;
  return level === 'debug' || level === 'trace';
}
