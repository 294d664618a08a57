/**
 * Finds the connectors by discovery: every folder beside this file with an `index` module that
 * default-exports `defineConnector(...)` is a network. Adding a network is adding a folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CAPABILITIES, type ConnectorModule } from './contract.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// `.ts` under Vitest, `.js` in the built program.
const extension = path.extname(fileURLToPath(import.meta.url));

function isConnectorModule(value: unknown): value is ConnectorModule {
  const candidate = value as Partial<ConnectorModule> | undefined;
  return typeof candidate?.create === 'function' && typeof candidate.manifest?.id === 'string';
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

let discovered: Promise<ConnectorModule[]> | undefined;

/** Every connector module, sorted by id; loaded once per process. */
export function discoverConnectors(): Promise<ConnectorModule[]> {
  discovered ??= (async () => {
    const entries = await fs.readdir(here, { withFileTypes: true });
    const modules: ConnectorModule[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const index = path.join(here, entry.name, `index${extension}`);
      if (!(await exists(index))) continue;
      const loaded = (await import(pathToFileURL(index).href)) as { default?: unknown };
      if (!isConnectorModule(loaded.default)) throw new Error(`${index} does not default-export defineConnector(...)`);
      checkManifest(loaded.default, entry.name);
      modules.push(loaded.default);
    }
    return modules.sort((a, b) => a.manifest.id.localeCompare(b.manifest.id));
  })();
  return discovered;
}

/** A manifest that lies about itself is a programming error: fail at start, not at publish time. */
function checkManifest(module: ConnectorModule, folder: string): void {
  const { manifest } = module;
  if (manifest.id !== folder) throw new Error(`connector in ${folder}/ declares id "${manifest.id}"; it must equal the folder name`);
  for (const capability of manifest.capabilities) {
    if (!CAPABILITIES.includes(capability)) throw new Error(`connector ${manifest.id} declares unknown capability ${String(capability)}`);
  }
}
