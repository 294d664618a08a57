import { useI18n } from '../i18n/I18nProvider.js';
import { localized } from './labels.js';
import type { NetworkField } from './types.js';

interface NetworkFieldsProps {
  fields: readonly NetworkField[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
}

/** The fields a network's manifest asks for; secrets are password inputs the browser does not fill. */
export function NetworkFields({ fields, values, onChange }: NetworkFieldsProps) {
  const { t, locale } = useI18n();
  if (fields.length === 0) return null;
  return (
    <div className="form-row">
      {fields.map((field) => (
        <label key={field.name} className="field" data-testid={`connect-field-${field.name}-label`}>
          <span>
            {localized(field.label, locale)}
            {field.required ? (
              <abbr className="required-mark" title={t('connections.connect.required')}>
                {' *'}
              </abbr>
            ) : null}
          </span>
          <input
            name={field.name}
            type={field.secret ? 'password' : 'text'}
            value={values[field.name] ?? ''}
            required={field.required}
            maxLength={4096}
            placeholder={field.placeholder}
            autoComplete={field.secret ? 'new-password' : 'off'}
            spellCheck={false}
            onChange={(event) => onChange(field.name, event.target.value)}
            data-testid={`connect-field-${field.name}`}
          />
          {field.help ? <small className="hint">{localized(field.help, locale)}</small> : null}
          {field.secret ? <small className="hint">{t('connections.connect.secretHint')}</small> : null}
        </label>
      ))}
    </div>
  );
}
