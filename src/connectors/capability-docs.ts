/**
 * The parts of docs/connectors.md that are generated from the manifests, so the documentation
 * cannot drift from the code: the capability table, the limits, the rate budgets and each
 * network's production setup. `capability-docs.test.ts` fails when the file is out of date and
 * rewrites it when run with UPDATE_DOCS=1.
 */
import { CAPABILITIES, type ConnectorManifest } from './contract.js';

export const GENERATED_START = '<!-- generated from the manifests: UPDATE_DOCS=1 npx vitest run src/connectors/capability-docs -->';
export const GENERATED_END = '<!-- end of generated part -->';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
/** A link as seen from docs/connectors.md: the project's own pages become relative. */
const link = (url: string) => url.replace(/^docs\/connectors\.md(?=#)/, '').replace(/^docs\//, '');
const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;

function capabilityTable(manifests: readonly ConnectorManifest[]): string[] {
  return [
    row(['Capability', ...manifests.map((manifest) => manifest.name)]),
    row(['---', ...manifests.map(() => ':---:')]),
    row(['connect', ...manifests.map((manifest) => (manifest.connect.kind === 'oauth2' ? 'OAuth 2.0 + PKCE' : 'credentials'))]),
    ...CAPABILITIES.map((capability) =>
      row([`\`${capability}\``, ...manifests.map((manifest) => (manifest.capabilities.includes(capability) ? '✓' : '—'))]),
    ),
  ];
}

function limitsTable(manifests: readonly ConnectorManifest[]): string[] {
  return [
    row(['Network', 'Text', 'Media per post', 'Image size', 'Alt text', 'Poll options', 'Thread parts']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...manifests.map(({ name, limits }) =>
      row([
        name,
        `${limits.text.maxLength} (${limits.text.counting})`,
        String(limits.media.maxItems),
        megabytes(limits.media.maxImageBytes),
        limits.media.altTextMaxLength === null ? '—' : String(limits.media.altTextMaxLength),
        limits.poll ? `${limits.poll.minOptions}–${limits.poll.maxOptions}` : '—',
        limits.thread ? String(limits.thread.maxParts) : '—',
      ]),
    ),
  ];
}

function budgetsTable(manifests: readonly ConnectorManifest[]): string[] {
  return [
    row(['Network', 'Budget', 'Per', 'Limit', 'Window', 'Costs', 'Source']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...manifests.flatMap((manifest) =>
      manifest.rateBudgets.map((budget) =>
        row([
          manifest.name,
          `\`${budget.bucket}\``,
          budget.scope,
          String(budget.limit),
          `${budget.windowSeconds} s`,
          Object.entries(budget.cost)
            .map(([operation, cost]) => `${operation} ${cost}`)
            .join(', '),
          `[source](${link(budget.source)})`,
        ]),
      ),
    ),
  ];
}

function setupSections(manifests: readonly ConnectorManifest[]): string[] {
  return manifests.flatMap((manifest) => [
    `### ${manifest.name}`,
    '',
    manifest.setup,
    '',
    `Documentation: ${manifest.docs.map((doc) => `[${doc.title}](${link(doc.url)})`).join(', ')}`,
    '',
  ]);
}

/** The generated block, markers included. */
export function generatedConnectorDocs(manifests: readonly ConnectorManifest[]): string {
  return [
    GENERATED_START,
    '',
    '### Capabilities',
    '',
    ...capabilityTable(manifests),
    '',
    '### Content limits (by each network\'s own counting)',
    '',
    ...limitsTable(manifests),
    '',
    '### Rate budgets the ledger spends ahead',
    '',
    ...budgetsTable(manifests),
    '',
    '## Registering each network for production',
    '',
    ...setupSections(manifests),
    GENERATED_END,
  ].join('\n');
}

/** Replaces the generated block in the document's text. */
export function withGeneratedDocs(document: string, manifests: readonly ConnectorManifest[]): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error('docs/connectors.md has lost its generated-part markers');
  return document.slice(0, start) + generatedConnectorDocs(manifests) + document.slice(end + GENERATED_END.length);
}
