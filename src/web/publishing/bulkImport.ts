/** The bulk import's words and answers, apart from the dialog so that they can be tested without a browser. */
import { z } from 'zod';
import { ApiError, type EndpointOutput } from '../../client/client.js';
import { importErrorSchema } from '../../client/endpoints.js';
import { isMessageKey, type MessageKey } from '../i18n/dictionaries.js';
import type { MessageVars } from '../i18n/translate.js';

export type ImportResult = EndpointOutput<'importPosts'>;
export type ImportErrorView = ImportResult['errors'][number];
type Translate = (key: MessageKey, vars?: MessageVars) => string;

export const importErrorKey = (code: ImportErrorView['code']): MessageKey => `bulkImport.error.${code}`;
export const importLayoutKey = (layout: ImportResult['layout']): MessageKey => `bulkImport.read.${layout}`;
export const importDoneKey = (status: ImportResult['status']): MessageKey => `bulkImport.done.${status}`;

const refusal = z.object({ errors: z.array(importErrorSchema) });

/**
 * The rows (or the file-level problem) of an import the server refused with `validation_failed`;
 * undefined for any other failure, which the dialog shows as an ordinary error.
 */
export function refusedRows(error: unknown): ImportErrorView[] | undefined {
  if (!(error instanceof ApiError) || error.id !== 'validation_failed') return undefined;
  const parsed = refusal.safeParse(error.details);
  return parsed.success ? parsed.data.errors : undefined;
}

/**
 * An error in the interface language. A row the network would refuse is worded like the
 * composer's problem of the same code, after the account's name; a code this interface does not
 * know keeps the server's English reason.
 */
export function importErrorText(error: ImportErrorView, t: Translate): string {
  if (error.code !== 'network_problem') return t(importErrorKey(error.code), error.params);
  const problemKey = `composer.problem.${String(error.params.problem)}`;
  if (!isMessageKey(problemKey)) return error.reason;
  return t('bulkImport.error.network_problem', { account: String(error.params.account), problem: t(problemKey, error.params) });
}
