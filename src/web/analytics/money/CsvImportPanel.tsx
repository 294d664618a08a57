import { useState, type ChangeEvent } from 'react';
import { useApiAction } from '../../api/useApiAction.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { refusedRows, type CsvRowError } from './moneyFormat.js';

export interface CsvImportAnswer {
  dryRun: boolean;
  rows: number;
  goodRows: number;
  imported: number;
  errors: CsvRowError[];
}

/** Below the API's 1 MiB body limit, as on the server (`core/orders/csv-import.ts`). */
const MAX_FILE_BYTES = 900 * 1024;

/**
 * A CSV import: pick a file, check it (a dry run), then import it, or only its good rows after a
 * confirmation. Every bad row is listed with its line, in the interface language.
 */
export function CsvImportPanel({
  columns,
  send,
  onImported,
  testId,
}: {
  columns: string;
  send: (body: { csv: string; dryRun: boolean; importGoodRows: boolean }) => Promise<CsvImportAnswer>;
  onImported: () => void;
  testId: string;
}) {
  const { t } = useI18n();
  const action = useApiAction();
  const [file, setFile] = useState<{ name: string; text: string } | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [checked, setChecked] = useState<CsvImportAnswer | undefined>(undefined);
  const [errors, setErrors] = useState<CsvRowError[]>([]);
  /** After a refusal: how many rows were good (0 when the file was refused as a whole). */
  const [refused, setRefused] = useState<number | undefined>(undefined);
  const [done, setDone] = useState<number | undefined>(undefined);

  const reset = () => {
    setChecked(undefined);
    setErrors([]);
    setRefused(undefined);
    setDone(undefined);
    action.clearFailure();
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    reset();
    setFile(undefined);
    setProblem(undefined);
    const picked = event.target.files?.[0];
    if (!picked) return;
    if (picked.size > MAX_FILE_BYTES) {
      setProblem(t('money.import.error.file_too_large'));
      return;
    }
    picked.text().then(
      (text) => setFile({ name: picked.name, text }),
      () => setProblem(t('money.import.readFailed')),
    );
  };

  const run = (dryRun: boolean, importGoodRows: boolean) =>
    action.run(async () => {
      reset();
      try {
        const answer = await send({ csv: file?.text ?? '', dryRun, importGoodRows });
        setErrors(answer.errors);
        if (answer.dryRun) setChecked(answer);
        else {
          setDone(answer.imported);
          onImported();
        }
      } catch (error) {
        const refusal = refusedRows(error);
        if (!refusal) throw error;
        setErrors(refusal.errors);
        setRefused(refusal.goodRows);
      }
    });

  const goodRows = checked ? checked.goodRows : (refused ?? 0);
  return (
    <details className="card" data-testid={testId}>
      <summary>{t('money.import.title')}</summary>
      <p className="hint">{t('money.import.columns', { columns })}</p>
      <div className="form">
        <label className="field">
          <span>{t('money.import.file')}</span>
          <input type="file" accept=".csv,text/csv" onChange={onFile} data-testid={`${testId}-file`} />
        </label>
        {problem ? (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button-secondary" disabled={!file || action.pending} onClick={() => void run(true, false)} data-testid={`${testId}-check`}>
            {t('money.import.check')}
          </button>
          <button type="button" className="button-primary" disabled={!file || action.pending} onClick={() => void run(false, false)} data-testid={`${testId}-submit`}>
            {t('money.import.submit')}
          </button>
          {errors.length > 0 && goodRows > 0 ? (
            <ConfirmButton
              label={t('money.import.goodRows', { count: goodRows })}
              question={t('money.import.goodRowsQuestion')}
              confirmLabel={t('money.import.submit')}
              disabled={action.pending}
              onConfirm={() => void run(false, true)}
              testId={`${testId}-good-rows`}
            />
          ) : null}
        </div>
        <FailureMessage failure={action.failure} />
        <div aria-live="polite" data-testid={`${testId}-report`}>
          {checked ? <p>{t('money.import.checked', { rows: checked.rows, good: checked.goodRows })}</p> : null}
          {refused !== undefined ? <p className="notice notice-error">{t('money.import.refused')}</p> : null}
          {done !== undefined ? <p className="notice">{t('money.import.done', { count: done })}</p> : null}
          {errors.length > 0 ? (
            <ul className="import-errors">
              {errors.map((error) => (
                <li key={`${error.line}-${error.code}`} data-line={error.line} data-code={error.code}>
                  <strong>{t('money.import.line', { line: error.line })}</strong>: {t(`money.import.error.${error.code}`)} <small className="hint">{error.reason}</small>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </details>
  );
}
