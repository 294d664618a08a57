import { Option, type Command } from 'commander';
import { createApiKeyFor } from '../../app/operator.js';
import { API_KEY_ROLES } from '../../core/access/permissions.js';
import { withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { writeJson } from '../format.js';
import { jsonOption, withDataDirOption } from './options.js';

interface ApiKeyCreateFlags extends DatabaseOptions {
  workspace: string;
  name: string;
  role: string;
  json?: boolean;
}

export function registerApiKeyCommands(program: Command, deps: CliDeps): void {
  const apiKey = program.command('api-key').description('manage API keys, which let scripts call the HTTP API for one workspace');
  const create = apiKey
    .command('create')
    .description('create an API key; its secret is printed once and cannot be shown again')
    .requiredOption('--workspace <id>', 'id of the workspace the key acts in (see "workspace list")')
    .requiredOption('--name <name>', 'what the key is for, e.g. "deploy script"')
    .addOption(new Option('--role <role>', 'what the key may do (never owner)').choices(API_KEY_ROLES).makeOptionMandatory())
    .addOption(jsonOption());
  withDataDirOption(create).action(async (flags: ApiKeyCreateFlags) => {
    await apiKeyCreateCommand(deps, flags);
  });
}

export async function apiKeyCreateCommand(deps: CliDeps, flags: ApiKeyCreateFlags): Promise<void> {
  await withDatabase(deps, flags, async ({ ctx }) => {
    const { apiKey, secret } = await createApiKeyFor(ctx, { workspaceId: flags.workspace, name: flags.name, role: flags.role });
    const shown = { id: apiKey.id, workspaceId: apiKey.workspaceId, name: apiKey.name, role: apiKey.role, prefix: apiKey.prefix, secret };
    deps.io.stdout.write(
      flags.json
        ? writeJson(shown)
        : `created API key "${apiKey.name}" (${apiKey.role}, ${apiKey.id})\n` +
            `secret, shown only this once: ${secret}\n`,
    );
  });
}
