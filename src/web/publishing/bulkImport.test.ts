import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/client.js';
import { IMPORT_ERROR_CODES } from '../../core/publishing/bulk-import.js';
import { DICTIONARIES, type MessageKey } from '../i18n/dictionaries.js';
import { translate, type MessageVars } from '../i18n/translate.js';
import { importErrorKey, importErrorText, refusedRows, type ImportErrorView } from './bulkImport.js';

const english = (key: MessageKey, vars?: MessageVars) => translate(DICTIONARIES.en, key, vars);
const polish = (key: MessageKey, vars?: MessageVars) => translate(DICTIONARIES.pl, key, vars);
const row = (overrides: Partial<ImportErrorView>): ImportErrorView => ({ line: 3, code: 'empty_text', reason: 'The message is empty', params: {}, ...overrides });

describe('importErrorText', () => {
  it('words every error code in every language', () => {
    for (const code of IMPORT_ERROR_CODES) {
      for (const dictionary of Object.values(DICTIONARIES)) expect(dictionary[importErrorKey(code)]).toBeTruthy();
    }
  });

  it('fills in the figures the server gave', () => {
    expect(importErrorText(row({ code: 'bad_date', params: { value: '31/02/2027 09:00', pattern: 'dd/mm/yyyy hh:mm' } }), english)).toBe('“31/02/2027 09:00” is not a date and time as dd/mm/yyyy hh:mm.');
    expect(importErrorText(row({ code: 'unknown_account', params: { account: 'nobody' } }), polish)).toBe('„nobody” nie jest połączonym kontem tej przestrzeni.');
  });

  it("words a network's refusal like the composer does, after the account", () => {
    const tooLong = row({ code: 'network_problem', reason: 'bakery: too long', params: { account: 'bakery', problem: 'too_long', length: 624, maxLength: 500 } });
    expect(importErrorText(tooLong, english)).toBe('bakery: The text is too long: 624 of 500.');
    expect(importErrorText({ ...tooLong, params: { account: 'bakery', problem: 'something_new' } }, english)).toBe('bakery: too long');
  });
});

describe('refusedRows', () => {
  it('reads the rows of a refused import and nothing else', () => {
    const errors = [{ line: 5, code: 'bad_date', reason: 'no', params: {} }];
    expect(refusedRows(new ApiError(400, 'validation_failed', 'refused', { errors }))).toEqual(errors);
    expect(refusedRows(new ApiError(400, 'validation_failed', 'bad body', [{ path: ['csv'], message: 'is required' }]))).toBeUndefined();
    expect(refusedRows(new ApiError(403, 'forbidden', 'no'))).toBeUndefined();
    expect(refusedRows(new Error('offline'))).toBeUndefined();
  });
});
