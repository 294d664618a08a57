import type { Command } from 'commander';
import { resealSecrets } from '../../app/secrets/reseal.js';
import { addKeyToFile, forgetPreviousKeys, loadKeyring, secretBoxOf } from '../../runtime/keyring.js';
import { withDatabase, type CliDeps, type DatabaseOptions } from '../context.js';
import { formatCount } from '../format.js';
import { createProgressBar } from '../progress.js';
import { withDataDirOption } from './options.js';

export function registerKeyCommands(program: Command, deps: CliDeps): void {
  const keys = program.command('keys').description('the keys that encrypt stored secrets (network tokens)');
  const rotate = keys
    .command('rotate')
    .description(
      'seal every stored secret with a new key. With the key file (default) a new key is made and the old one ' +
        'dropped afterwards; with CHORUS_SECRET_KEY, set the new key there and the old one in ' +
        'CHORUS_PREVIOUS_SECRET_KEYS first (docs/deployment.md)',
    );
  withDataDirOption(rotate).action(async (flags: DatabaseOptions) => {
    await rotateKeysCommand(deps, flags);
  });
}

export async function rotateKeysCommand(deps: CliDeps, flags: DatabaseOptions): Promise<void> {
  await withDatabase(deps, flags, async ({ config, ctx }) => {
    const keyring = await loadKeyring(config);
    // The new key is written next to the old ones before anything is re-sealed, so a crash
    // halfway leaves every secret readable.
    const next = keyring.file ? await addKeyToFile(keyring) : keyring;
    const secrets = secretBoxOf(next);
    const bar = createProgressBar(deps.io.stderr, 'reseal ');
    const summary = await resealSecrets({ ...ctx, secrets }, (done, total) => bar.update(done, total)).finally(() => bar.finish());
    await forgetPreviousKeys(next);
    deps.io.stdout.write(
      `sealed ${formatCount(summary.resealed, 'secret')} with key ${secrets.currentKeyId}` +
        (summary.alreadyCurrent ? ` (${formatCount(summary.alreadyCurrent, 'secret')} already used it)` : '') +
        (keyring.file ? `; ${keyring.file} now holds only the new key\n` : '; CHORUS_PREVIOUS_SECRET_KEYS can now be removed\n'),
    );
  });
}
