import path from 'node:path';
import type { Command } from 'commander';
import { createBackup, restoreBackup, type BackupInfo } from '../../app/backup.js';
import { describeDatabaseTarget, withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { formatBytes, formatCount, formatSeconds } from '../format.js';
import { CliError } from '../io.js';
import { createProgressBar } from '../progress.js';
import { withDataDirOption } from './options.js';

interface BackupFlags extends DatabaseOptions {
  force?: boolean;
}

interface RestoreFlags extends DatabaseOptions {
  yes?: boolean;
}

export function registerBackupCommands(program: Command, deps: CliDeps): void {
  const backup = program
    .command('backup')
    .description('write every row of the database to a file (gzip\'d JSON lines with a checksum), consistent to one moment')
    .argument('<file>', 'file to write, e.g. chorus-2025-01-31.backup.gz')
    .option('--force', 'replace the file if it exists');
  withDataDirOption(backup).action(async (file: string, flags: BackupFlags) => {
    await backupCommand(deps, file, flags);
  });
  const restore = program
    .command('restore')
    .description(
      'replace ALL data with a backup; the file is checked completely first, and a damaged, foreign or ' +
        'mismatched backup (other migrations) is refused with nothing changed',
    )
    .argument('<file>', 'a file written by "chorus backup"')
    .option('--yes', 'do not ask for confirmation (needed when standard input is not a terminal)');
  withDataDirOption(restore).action(async (file: string, flags: RestoreFlags) => {
    await restoreCommand(deps, file, flags);
  });
}

export async function backupCommand(deps: CliDeps, file: string, flags: BackupFlags): Promise<void> {
  const target = path.resolve(file);
  await withDatabase(deps, flags, async ({ handle, ctx }) => {
    const started = Date.now();
    const bar = createProgressBar(deps.io.stderr, 'backup ');
    const summary = await createBackup({ handle, clock: ctx.clock }, target, {
      overwrite: Boolean(flags.force),
      onProgress: (done, total) => bar.update(done, total),
    }).finally(() => bar.finish());
    deps.io.stdout.write(
      `backed up ${formatCount(summary.rows, 'row')} from ${formatCount(summary.tables, 'table')} to ${file} ` +
        `(${formatBytes(summary.bytes)}) in ${formatSeconds(Date.now() - started)}\n`,
    );
  });
}

export async function restoreCommand(deps: CliDeps, file: string, flags: RestoreFlags): Promise<void> {
  const { io } = deps;
  if (!flags.yes && !io.stdinIsTTY) {
    throw new CliError('restore replaces all data: add --yes to confirm (standard input is not a terminal)');
  }
  await withDatabase(deps, flags, async ({ handle, ctx, config }) => {
    const where = describeDatabaseTarget(config);
    const confirm = async (info: BackupInfo) => {
      io.stderr.write(`${file}: backup of ${info.createdAt}, ${formatCount(info.rows, 'row')} in ${formatCount(info.tables.length, 'table')}\n`);
      const answer = await io.prompt(`This replaces ALL data in ${where}. Type "yes" to go on: `);
      return answer.trim().toLowerCase() === 'yes';
    };
    const started = Date.now();
    const bar = createProgressBar(io.stderr, 'restore');
    const result = await restoreBackup({ handle, clock: ctx.clock }, path.resolve(file), {
      ...(flags.yes ? {} : { confirm }),
      onProgress: (done, total) => bar.update(done, total),
    }).finally(() => bar.finish());
    if (!result.restored) throw new CliError('restore cancelled; nothing was changed');
    io.stdout.write(
      `restored ${formatCount(result.info.rows, 'row')} in ${formatCount(result.info.tables.length, 'table')} ` +
        `from ${file} (backup of ${result.info.createdAt}) into ${where} in ${formatSeconds(Date.now() - started)}\n`,
    );
  });
}
