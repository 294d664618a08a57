import type { Command } from 'commander';
import { describeDatabaseTarget, withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { withDataDirOption } from './options.js';

export function registerMigrateCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('migrate')
    .description('apply pending database migrations and list them (start and every other command do this too)');
  withDataDirOption(command).action(async (flags: DatabaseOptions) => {
    await migrateCommand(deps, flags);
  });
}

export async function migrateCommand(deps: CliDeps, flags: DatabaseOptions): Promise<string[]> {
  return withDatabase(deps, flags, async ({ applied, config }) => {
    const { stdout } = deps.io;
    const target = describeDatabaseTarget(config);
    if (applied.length === 0) stdout.write(`${target} is up to date; no migration to apply\n`);
    for (const name of applied) stdout.write(`applied ${name}\n`);
    if (applied.length > 0) stdout.write(`${target} is up to date\n`);
    return applied;
  });
}
