import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withGeneratedDocs } from './capability-docs.js';
import { discoverConnectors } from './registry.js';

const DOCUMENT = path.resolve(import.meta.dirname, '../../docs/connectors.md');

test('docs/connectors.md carries the capability table, limits, budgets and setup of every connector', async () => {
  const manifests = (await discoverConnectors()).map((module) => module.manifest);
  const current = await fs.readFile(DOCUMENT, 'utf8');
  const expected = withGeneratedDocs(current, manifests);
  if (process.env.UPDATE_DOCS === '1' && expected !== current) await fs.writeFile(DOCUMENT, expected);
  else expect(current, 'run UPDATE_DOCS=1 npx vitest run src/connectors/capability-docs').toBe(expected);
  for (const manifest of manifests) expect(current).toContain(`### ${manifest.name}`);
});
