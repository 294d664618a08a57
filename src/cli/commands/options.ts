import { Option, type Command } from 'commander';

/** `--data-dir`, on every command that opens the database; it overrides CHORUS_DATA_DIR. */
export function withDataDirOption(command: Command): Command {
  return command.addOption(
    new Option('--data-dir <dir>', 'folder of the embedded database, the key file and media (overrides CHORUS_DATA_DIR)'),
  );
}

export const jsonOption = () => new Option('--json', 'print JSON instead of text, for scripts');
