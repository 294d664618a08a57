import { INDUSTRIES, MARKETS, MARKET_SCOPES, PRICE_LEVELS, SALES_CHANNELS } from '../../../core/strategy/profile.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CheckboxGroup, OptionalSelect, RadioGroup } from '../form/FormParts.js';
import { MoneyField } from '../form/MoneyField.js';
import { industryKey, marketKey, marketScopeKey, priceLevelKey, salesChannelKey } from '../labels.js';
import type { ProfileFieldProps } from './profileFieldProps.js';

/** What the business is and how it sells. */
export function ProfileBusinessFields({ form, set, errors }: ProfileFieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className="card profile-group">
      <legend>{t('profile.group.business')}</legend>
      <div className="form-row">
        <OptionalSelect
          label={t('profile.field.industry')}
          options={INDUSTRIES}
          optionLabel={(industry) => t(industryKey(industry))}
          blankLabel={t('profile.notAnswered')}
          value={form.industry}
          onChange={(value) => set('industry', value)}
          testId="profile-industry"
          error={errors.industry}
        />
        <OptionalSelect
          label={t('profile.field.priceLevel')}
          options={PRICE_LEVELS}
          optionLabel={(level) => t(priceLevelKey(level))}
          blankLabel={t('profile.notAnswered')}
          value={form.priceLevel}
          onChange={(value) => set('priceLevel', value)}
          testId="profile-price-level"
          error={errors.priceLevel}
        />
      </div>
      <RadioGroup
        legend={t('profile.field.market')}
        options={MARKETS}
        label={(market) => t(marketKey(market))}
        value={form.market}
        onChange={(value) => set('market', value)}
        testId="profile-market"
        error={errors.market}
      />
      <MoneyField
        label={t('profile.field.averageOrderValue')}
        amount={form.orderValue}
        currency={form.orderCurrency}
        onAmount={(value) => set('orderValue', value)}
        onCurrency={(value) => set('orderCurrency', value)}
        testId="profile-order-value"
        error={errors.averageOrderValue}
      />
      <RadioGroup
        legend={t('profile.field.marketScope')}
        options={MARKET_SCOPES}
        label={(scope) => t(marketScopeKey(scope))}
        value={form.marketScope}
        onChange={(value) => set('marketScope', value)}
        testId="profile-market-scope"
        error={errors.marketScope}
      />
      <CheckboxGroup
        legend={t('profile.field.salesChannels')}
        options={SALES_CHANNELS}
        label={(channel) => t(salesChannelKey(channel))}
        value={form.salesChannels}
        onChange={(value) => set('salesChannels', value)}
        testId="profile-sales-channels"
        error={errors.salesChannels}
      />
    </fieldset>
  );
}
