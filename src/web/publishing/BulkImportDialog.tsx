import { useState, type ChangeEvent } from 'react';
import type { EndpointInput } from '../../client/client.js';
import { MAX_IMPORT_BYTES, type DateOrder, type ImportLayout } from '../../core/publishing/bulk-import.js';
import { api } from '../api/apiClient.js';
import { useApiAction } from '../api/useApiAction.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { DataTable } from '../components/DataTable.js';
import { FailureMessage } from '../components/FailureMessage.js';
import { useDrawer } from '../components/useDrawer.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { importDoneKey, importErrorText, importLayoutKey, refusedRows, type ImportErrorView, type ImportResult } from './bulkImport.js';
import { networkName } from './labels.js';
import type { Account } from './types.js';

type ImportBody = EndpointInput<'importPosts'>['body'];
type LayoutChoice = 'auto' | ImportLayout;
type DateOrderChoice = 'auto' | DateOrder;

interface ChosenFile {
  name: string;
  bytes: number;
  text: string;
}

/** What the last check (or refused import) found: the server's summary when the file could be read, and the errors. */
interface Report {
  result: ImportResult | undefined;
  errors: ImportErrorView[];
}

export interface BulkImportDialogProps {
  workspaceId: string;
  workspaceZone: string;
  accounts: readonly Account[];
  onImported: () => void;
  onClose: () => void;
}

/**
 * Bulk import from a CSV file, as a drawer over the calendar: choose the file, its layout, date
 * order and accounts; check it (a dry run that lists every bad row by its line); then import it,
 * or, after a confirmation, only its good rows.
 */
export function BulkImportDialog({ workspaceId, workspaceZone, accounts, onImported, onClose }: BulkImportDialogProps) {
  const closeRef = useDrawer(onClose);
  const { t } = useI18n();
  const action = useApiAction();
  const [file, setFile] = useState<ChosenFile | undefined>(undefined);
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const [layout, setLayout] = useState<LayoutChoice>('auto');
  const [dateOrder, setDateOrder] = useState<DateOrderChoice>('auto');
  const [chosen, setChosen] = useState<string[]>([]);
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [done, setDone] = useState<ImportResult | undefined>(undefined);


  // Any change to what would be sent makes the last check stale.
  const changed = () => {
    setReport(undefined);
    setDone(undefined);
    action.clearFailure();
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    changed();
    setFile(undefined);
    setFileProblem(undefined);
    const picked = event.target.files?.[0];
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) {
      setFileProblem(t('bulkImport.error.file_too_large', { maxBytes: MAX_IMPORT_BYTES }));
      return;
    }
    picked.text().then(
      (text) => setFile({ name: picked.name, bytes: picked.size, text }),
      () => setFileProblem(t('bulkImport.readFailed')),
    );
  };

  const body = (extra: Pick<ImportBody, 'dryRun' | 'importGoodRows'>): ImportBody => ({
    csv: file?.text ?? '',
    layout,
    ...(dateOrder === 'auto' ? {} : { dateOrder }),
    accountIds: chosen,
    ...extra,
  });

  const send = (extra: Pick<ImportBody, 'dryRun' | 'importGoodRows'>) =>
    action.run(async () => {
      setReport(undefined);
      setDone(undefined);
      try {
        const result = await api.call('importPosts', { params: { workspaceId }, body: body(extra) });
        if (result.dryRun) {
          setReport({ result, errors: result.errors });
        } else {
          // After importing only the good rows, the rows left out stay listed.
          if (result.errors.length > 0) setReport({ result: undefined, errors: result.errors });
          setDone(result);
          onImported();
        }
      } catch (error) {
        const errors = refusedRows(error);
        if (!errors) throw error;
        setReport({ result: undefined, errors });
      }
    });

  const result = report?.result;
  const reportedErrors = report?.errors.length ?? 0;
  const badRows = result ? result.rows - result.goodRows : 0;
  return (
    <aside className="pub-drawer" role="dialog" aria-labelledby="bulk-import-title" data-testid="bulk-import">
      <div className="pub-drawer-head">
        <h2 id="bulk-import-title">{t('bulkImport.title')}</h2>
        <button ref={closeRef} type="button" className="button-secondary" onClick={onClose} data-testid="bulk-import-close">
          {t('composer.close')}
        </button>
      </div>
      <div className="form">
        <label className="field">
          <span>{t('bulkImport.file')}</span>
          <input type="file" accept=".csv,text/csv" onChange={onFile} data-testid="bulk-import-file" />
          <small className="hint">{file ? t('bulkImport.fileSize', { name: file.name, size: Math.ceil(file.bytes / 1024) }) : t('bulkImport.fileHint')}</small>
        </label>
        {fileProblem ? (
          <p className="notice notice-error" role="alert" data-testid="bulk-import-file-problem">
            {fileProblem}
          </p>
        ) : null}
        <div className="form-row">
          <label className="field">
            <span>{t('bulkImport.layout')}</span>
            <select
              value={layout}
              onChange={(event) => {
                changed();
                setLayout(event.target.value as LayoutChoice);
              }}
              data-testid="bulk-import-layout"
            >
              <option value="auto">{t('bulkImport.layout.auto')}</option>
              <option value="hootsuite">{t('bulkImport.layout.hootsuite')}</option>
              <option value="chorus">{t('bulkImport.layout.chorus')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('bulkImport.dateOrder')}</span>
            <select
              value={dateOrder}
              disabled={layout === 'chorus'}
              onChange={(event) => {
                changed();
                setDateOrder(event.target.value as DateOrderChoice);
              }}
              data-testid="bulk-import-date-order"
            >
              <option value="auto">{t('bulkImport.dateOrder.auto')}</option>
              <option value="day_first">{t('bulkImport.dateOrder.day_first')}</option>
              <option value="month_first">{t('bulkImport.dateOrder.month_first')}</option>
            </select>
          </label>
        </div>
        <fieldset className="pub-fieldset">
          <legend>{t('bulkImport.accounts')}</legend>
          <p className="hint">{t('bulkImport.accountsHint')}</p>
          <div className="pub-account-choices">
            {accounts.map((account) => (
              <label key={account.id} className="checkbox pub-account-choice" data-network={account.network}>
                <input
                  type="checkbox"
                  checked={chosen.includes(account.id)}
                  onChange={() => {
                    changed();
                    setChosen((current) => (current.includes(account.id) ? current.filter((id) => id !== account.id) : [...current, account.id]));
                  }}
                  data-testid="bulk-import-account"
                  data-handle={account.handle}
                />
                <span>
                  <strong>{networkName(account.network, account.networkName)}</strong> {account.handle}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="hint">{t('bulkImport.zone', { zone: workspaceZone })}</p>
        <div className="form-actions">
          <button type="button" className="button-primary" disabled={!file || action.pending} onClick={() => void send({ dryRun: true })} data-testid="bulk-import-check">
            {action.pending ? t('bulkImport.checking') : t('bulkImport.check')}
          </button>
        </div>
        <FailureMessage failure={action.failure} testId="bulk-import-failure" />
        {report ? <ImportReport report={report} /> : null}
        {result && result.goodRows > 0 ? (
          <div className="form-actions">
            {reportedErrors === 0 ? (
              <button type="button" className="button-primary" disabled={action.pending} onClick={() => void send({ importGoodRows: false })} data-testid="bulk-import-submit">
                {t('bulkImport.import', { count: result.goodRows })}
              </button>
            ) : (
              <ConfirmButton
                label={t('bulkImport.importGood', { count: result.goodRows })}
                question={t('bulkImport.importGoodQuestion', { bad: badRows, count: result.goodRows })}
                confirmLabel={t('bulkImport.importGoodConfirm')}
                disabled={action.pending}
                onConfirm={() => void send({ importGoodRows: true })}
                testId="bulk-import-good"
              />
            )}
          </div>
        ) : null}
        {done ? (
          <p className="notice notice-info" role="status" data-testid="bulk-import-done" data-status={done.status}>
            {t(importDoneKey(done.status), { count: done.imported })}
          </p>
        ) : null}
      </div>
    </aside>
  );
}

/** The check's summary, what the workflow will do with the posts, and every error by its line. */
function ImportReport({ report }: { report: Report }) {
  const { t } = useI18n();
  const { result, errors } = report;
  return (
    <section aria-live="polite" data-testid="bulk-import-report">
      {result ? (
        <p data-testid="bulk-import-summary" data-rows={result.rows} data-good-rows={result.goodRows}>
          {t(importLayoutKey(result.layout))} {t('bulkImport.summary', { rows: result.rows, good: result.goodRows })}{' '}
          {result.goodRows > 0 ? t(result.status === 'in_review' ? 'bulkImport.willReview' : 'bulkImport.willSchedule') : null}
        </p>
      ) : null}
      {result && result.goodRows === 0 ? <p className="notice notice-warning">{t('bulkImport.nothingGood')}</p> : null}
      {errors.length > 0 ? (
        <>
          <h3>{t('bulkImport.errorsHeading')}</h3>
          <DataTable testId="bulk-import-errors" headings={[t('bulkImport.line'), t('bulkImport.problem')]}>
            {errors.map((error, index) => (
              <tr key={`${error.line}-${index}`} data-testid="bulk-import-error" data-line={error.line} data-code={error.code}>
                <td>{error.line}</td>
                <td>{importErrorText(error, t)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
    </section>
  );
}
