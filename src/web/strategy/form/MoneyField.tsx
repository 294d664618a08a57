import { useI18n } from '../../i18n/I18nProvider.js';
import { currencyName } from '../labels.js';
import { FieldError } from './FormParts.js';

/** Currencies offered first; a saved profile's other ISO code stays selectable. */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'PLN', 'RUB', 'IDR', 'CHF', 'CZK', 'UAH'] as const;

interface MoneyFieldProps {
  label: string;
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
  testId: string;
  error: string | undefined;
}

/** An amount with its currency; `<testId>` is the amount, `<testId>-currency` the currency. */
export function MoneyField({ label, amount, currency, onAmount, onCurrency, testId, error }: MoneyFieldProps) {
  const { t, locale } = useI18n();
  const choices = CURRENCIES.some((code) => code === currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <div className="field">
      <label htmlFor={testId}>{label}</label>
      <div className="money">
        <input
          id={testId}
          inputMode="decimal"
          value={amount}
          onChange={(event) => onAmount(event.target.value)}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
        />
        <select aria-label={t('profile.currency')} value={currency} onChange={(event) => onCurrency(event.target.value)} data-testid={`${testId}-currency`}>
          {choices.map((code) => (
            <option key={code} value={code}>
              {code} · {currencyName(locale, code)}
            </option>
          ))}
        </select>
      </div>
      <FieldError message={error} testId={`${testId}-error`} />
    </div>
  );
}

/** The currency a new profile starts with, from the interface language. */
export function defaultCurrency(locale: string): string {
  const byLanguage: Record<string, string> = { pl: 'PLN', ru: 'RUB', id: 'IDR' };
  return byLanguage[locale] ?? 'EUR';
}
