import { useState } from 'react';
import { api } from '../../api/apiClient.js';
import { useApiAction } from '../../api/useApiAction.js';
import { useApiData } from '../../api/useApiData.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { DataTable } from '../../components/DataTable.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CsvImportPanel } from './CsvImportPanel.js';
import { formatMoney } from './moneyFormat.js';

const ORDER_COLUMNS = 'order_id, ordered_at, amount, currency, customer, code, voucher, utm_source, utm_medium, utm_campaign, utm_content, utm_term, touched_at';

/** The snippet for every page of the shop: a queue for calls made before the script has loaded, then the script. */
export function shopSnippet(origin: string, shopTag: string): string {
  return [
    '<script>window.chorus=window.chorus||function(){(window.chorus.q=window.chorus.q||[]).push(arguments);return Promise.resolve();};</script>',
    `<script async src="${origin}/shop.js" data-shop="${shopTag}"></script>`,
  ].join('\n');
}

const THANK_YOU_CALL = "<script>chorus('order', { id: 'A-1001', amount: 49.90, currency: 'EUR', customer: 'anna@example.com' });</script>";

export function apiExample(origin: string): string {
  return [
    `curl -X POST ${origin}/api/orders \\`,
    "  -H 'Authorization: Bearer chrs_…' \\",
    "  -H 'Content-Type: application/json' \\",
    "  -H 'Idempotency-Key: 5f0c6a9e-2d1b-4c8e-9a57-0b7e3f1d2c44' \\",
    `  -d '{"orderId":"A-1001","amount":49.90,"currency":"EUR","customer":"<SHA-256 of the customer id>","code":"<short-link code>","touchedAt":"2026-11-20T18:00:00Z"}'`,
  ].join('\n');
}

function CopyBlock({ text, testId }: { text: string; testId: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | undefined>(undefined);
  return (
    <div className="copy-block">
      <pre data-testid={testId}>
        <code>{text}</code>
      </pre>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setMessage(t('common.copied')),
            () => setMessage(t('common.copyFailed')),
          )
        }
        data-testid={`${testId}-copy`}
      >
        {t('money.copy')}
      </button>
      {message ? <span role="status">{message}</span> : null}
    </div>
  );
}

/** The orders: how to connect the shop (script, API), the CSV import, and the latest orders with their credit. */
export function OrdersSection({ workspaceId, shopTag, onChanged, version }: { workspaceId: string; shopTag: string | null; onChanged: () => void; version: number }) {
  const { t, locale, formatDateTime } = useI18n();
  const action = useApiAction();
  const { data } = useApiData(`money-orders:${workspaceId}:${version}`, () => api.call('listOrders', { params: { workspaceId }, query: { limit: 100 } }));
  const origin = globalThis.location?.origin ?? '';
  const renew = () =>
    action.run(async () => {
      await api.call('renewShopTag', { params: { workspaceId } });
      onChanged();
    });
  return (
    <section className="card" aria-labelledby="money-orders-title" data-testid="money-orders">
      <h3 id="money-orders-title">{t('money.orders.title')}</h3>
      <details data-testid="money-connect">
        <summary>{t('money.orders.connect')}</summary>
        {shopTag ? (
          <>
            <p>{t('money.orders.scriptHelp')}</p>
            <CopyBlock text={shopSnippet(origin, shopTag)} testId="money-snippet" />
            <p>{t('money.orders.thankYouHelp')}</p>
            <CopyBlock text={THANK_YOU_CALL} testId="money-thank-you" />
            <ConfirmButton label={t('money.orders.renewShopTag')} question={t('money.orders.renewQuestion')} confirmLabel={t('money.orders.renewShopTag')} onConfirm={() => void renew()} disabled={action.pending} testId="money-renew-tag" />
          </>
        ) : (
          <>
            <p>{t('money.orders.noShopTag')}</p>
            <button type="button" className="button-primary" disabled={action.pending} onClick={() => void renew()} data-testid="money-create-tag">
              {t('money.orders.createShopTag')}
            </button>
          </>
        )}
        <FailureMessage failure={action.failure} />
        <p>{t('money.orders.apiHelp')}</p>
        <CopyBlock text={apiExample(origin)} testId="money-api-example" />
      </details>
      <CsvImportPanel columns={ORDER_COLUMNS} testId="money-orders-import" onImported={onChanged} send={(body) => api.call('importOrders', { params: { workspaceId }, body })} />
      {data.state === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {data.state === 'failed' ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'loaded' && data.value.items.length === 0 ? (
        <p className="empty" data-testid="money-orders-empty">
          {t('money.orders.empty')}
        </p>
      ) : null}
      {data.state === 'loaded' && data.value.items.length > 0 ? (
        <DataTable testId="money-orders-table" headings={[t('money.orders.orderId'), t('money.orders.orderedAt'), t('money.orders.amount'), t('money.orders.source'), t('money.orders.attribution')]}>
          {data.value.items.map((order) => {
            const credit = order.attribution;
            const creditText =
              credit.status === 'attributed'
                ? [credit.network, credit.campaign, credit.voucher].filter((part) => part).join(' · ')
                : t(`money.orders.notAttributed.${credit.reason ?? 'no_touch'}`);
            return (
              <tr key={order.id} data-order-id={order.orderId} data-attribution={credit.status}>
                <th scope="row">{order.orderId}</th>
                <td>{formatDateTime(order.orderedAt)}</td>
                <td>{formatMoney(order.amount, order.currency, locale)}</td>
                <td>{t(`money.orders.source.${order.source}`)}</td>
                <td>{creditText}</td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
    </section>
  );
}
