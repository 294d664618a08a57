import { Option, type Command } from 'commander';
import { configFor, type CliDeps } from '../context.js';
import { withDataDirOption } from './options.js';

interface StartFlags {
  roles?: string;
  port?: string;
  dataDir?: string;
}

export function registerStartCommand(program: Command, deps: CliDeps): void {
  const command = program
    .command('start')
    .description('run Chorus: the HTTP API and web UI, the job workers and the scheduler (all three unless --roles says otherwise)')
    .addOption(new Option('--roles <roles>', 'comma-separated roles of this process: api, worker, scheduler (overrides CHORUS_ROLES)'))
    .addOption(new Option('--port <port>', 'TCP port of the HTTP API and web UI; 0 picks a free one (overrides CHORUS_PORT)'));
  withDataDirOption(command).action(async (flags: StartFlags) => {
    await startCommand(deps, flags);
  });
}

/** Loads the configuration with the flags on top and hands over to the runtime, which runs until signalled. */
export async function startCommand(deps: CliDeps, flags: StartFlags): Promise<void> {
  const config = configFor(deps, { CHORUS_ROLES: flags.roles, CHORUS_PORT: flags.port, CHORUS_DATA_DIR: flags.dataDir });
  await deps.startChorus(config);
}
