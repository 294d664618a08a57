import type { Command } from 'commander';
import { createWorkspaceFor, listAllWorkspaces } from '../../app/operator.js';
import { withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { formatTable, writeJson } from '../format.js';
import { jsonOption, withDataDirOption } from './options.js';

interface WorkspaceCreateFlags extends DatabaseOptions {
  name: string;
  owner: string;
  timezone?: string;
  json?: boolean;
}

interface WorkspaceListFlags extends DatabaseOptions {
  json?: boolean;
}

export function registerWorkspaceCommands(program: Command, deps: CliDeps): void {
  const workspace = program.command('workspace').description('manage workspaces (one brand or client each)');
  const create = workspace
    .command('create')
    .description('create a workspace with an existing person as its owner')
    .requiredOption('--name <name>', 'name of the workspace')
    .requiredOption('--owner <email>', 'e-mail of the person who owns it (see "user create")')
    .option('--timezone <zone>', 'IANA time zone that schedules and reports use, e.g. Europe/Warsaw', 'UTC')
    .addOption(jsonOption());
  withDataDirOption(create).action(async (flags: WorkspaceCreateFlags) => {
    await workspaceCreateCommand(deps, flags);
  });
  const list = workspace.command('list').description('list every workspace with its owners and number of members').addOption(jsonOption());
  withDataDirOption(list).action(async (flags: WorkspaceListFlags) => {
    await workspaceListCommand(deps, flags);
  });
}

export async function workspaceCreateCommand(deps: CliDeps, flags: WorkspaceCreateFlags): Promise<void> {
  await withDatabase(deps, flags, async ({ ctx }) => {
    const { workspace, owner } = await createWorkspaceFor(ctx, { name: flags.name, ownerEmail: flags.owner, timezone: flags.timezone });
    const shown = { id: workspace.id, name: workspace.name, timezone: workspace.timezone, owner: owner.email };
    deps.io.stdout.write(
      flags.json ? writeJson(shown) : `created workspace "${workspace.name}" (${workspace.id}) owned by ${owner.email}\n`,
    );
  });
}

export async function workspaceListCommand(deps: CliDeps, flags: WorkspaceListFlags): Promise<void> {
  await withDatabase(deps, flags, async ({ ctx }) => {
    const rows = await listAllWorkspaces(ctx);
    if (flags.json) {
      const items = rows.map(({ workspace, owners, members }) => ({
        id: workspace.id,
        name: workspace.name,
        timezone: workspace.timezone,
        createdAt: workspace.createdAt.toISOString(),
        owners,
        members,
      }));
      deps.io.stdout.write(writeJson(items));
      return;
    }
    if (rows.length === 0) {
      deps.io.stdout.write('no workspaces yet; create one with "chorus workspace create"\n');
      return;
    }
    deps.io.stdout.write(
      formatTable(
        ['ID', 'NAME', 'TIMEZONE', 'MEMBERS', 'OWNERS'],
        rows.map(({ workspace, owners, members }) => [workspace.id, workspace.name, workspace.timezone, String(members), owners.join(', ')]),
      ),
    );
  });
}
