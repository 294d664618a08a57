import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/** A scrollable table with column headings; `withActions` adds an unlabeled column for row buttons. */
export function DataTable({
  testId,
  headings,
  withActions = false,
  children,
}: {
  testId: string;
  headings: string[];
  withActions?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table data-testid={testId}>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
            {withActions ? (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
