import { Option, type Command } from 'commander';
import { createUser, resetPassword } from '../../app/operator.js';
import { LOCALES } from '../../core/validation.js';
import { withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { writeJson } from '../format.js';
import { CliError } from '../io.js';
import { jsonOption, withDataDirOption } from './options.js';

interface UserCreateFlags extends DatabaseOptions {
  email: string;
  name: string;
  password?: string;
  passwordStdin?: boolean;
  locale?: string;
  json?: boolean;
}

export function registerUserCommands(program: Command, deps: CliDeps): void {
  const user = program.command('user').description('manage people who sign in to Chorus');
  const create = user
    .command('create')
    .description('create a person who can sign in; add them to a workspace with "workspace create --owner" or in the web UI')
    .requiredOption('--email <email>', 'e-mail address to sign in with')
    .requiredOption('--name <name>', 'name shown to colleagues')
    .addOption(new Option('--password <password>', 'initial password, at least 8 characters (visible to others on this machine; prefer --password-stdin)').conflicts('passwordStdin'))
    .option('--password-stdin', 'read the password from standard input (e.g. piped from a password manager)')
    .addOption(new Option('--locale <locale>', 'interface language').choices(LOCALES).default('en'))
    .addOption(jsonOption());
  withDataDirOption(create).action(async (flags: UserCreateFlags) => {
    await userCreateCommand(deps, flags);
  });

  const reset = user
    .command('reset-password')
    .description('give a person a new password and sign them out everywhere (there is no e-mail recovery)')
    .requiredOption('--email <email>', 'e-mail address the person signs in with')
    .addOption(new Option('--password <password>', 'the new password (visible to others on this machine; prefer --password-stdin)').conflicts('passwordStdin'))
    .option('--password-stdin', 'read the new password from standard input');
  withDataDirOption(reset).action(async (flags: UserResetFlags) => {
    await userResetPasswordCommand(deps, flags);
  });
}

interface UserResetFlags extends DatabaseOptions {
  email: string;
  password?: string;
  passwordStdin?: boolean;
}

export async function userResetPasswordCommand(deps: CliDeps, flags: UserResetFlags): Promise<void> {
  const password = await passwordFrom(deps, flags);
  await withDatabase(deps, flags, async ({ ctx }) => {
    const user = await resetPassword(ctx, { email: flags.email, password });
    deps.io.stdout.write(`new password set for ${user.email}; their sessions were ended\n`);
  });
}

async function passwordFrom(deps: CliDeps, flags: { password?: string; passwordStdin?: boolean }): Promise<string> {
  const password = flags.passwordStdin ? stripFinalNewline(await deps.io.readStdin()) : flags.password;
  if (password === undefined) throw new CliError('Give the password with --password-stdin (or --password)');
  return password;
}

export async function userCreateCommand(deps: CliDeps, flags: UserCreateFlags): Promise<void> {
  const password = await passwordFrom(deps, flags);
  await withDatabase(deps, flags, async ({ ctx }) => {
    const user = await createUser(ctx, { email: flags.email, name: flags.name, password, locale: flags.locale });
    const shown = { id: user.id, email: user.email, name: user.name, locale: user.locale };
    deps.io.stdout.write(flags.json ? writeJson(shown) : `created user ${user.email} (${user.id})\n`);
  });
}

/** `echo secret | chorus …` adds a newline that is not part of the password. */
const stripFinalNewline = (text: string): string => text.replace(/\r?\n$/, '');
