import { wordFinding } from '../../../core/content/wording/index.js';
import { FailureMessage } from '../../components/FailureMessage.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageVars } from '../../i18n/translate.js';
import { problemKey } from '../labels.js';
import { issuesOf } from '../previewText.js';
import type { Account, ContentProblem } from '../types.js';
import type { Validation } from './useValidation.js';

/** A problem in the language: the part it is about, then what is wrong, with the figures the server gave. */
function useProblemText(): (problem: ContentProblem) => string {
  const { t, locale } = useI18n();
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (problem) => {
    const vars: MessageVars = {};
    for (const [name, value] of Object.entries(problem.params)) vars[name] = typeof value === 'number' ? numbers.format(value) : value;
    if (typeof problem.params.maxBytes === 'number') vars.maxSize = `${numbers.format(problem.params.maxBytes / 1_048_576)} MB`;
    const text = t(problemKey(problem.code), vars);
    return problem.part === null ? text : `${t('composer.problem.inPart', { number: problem.part + 1 })} ${text}`;
  };
}

/**
 * Per chosen account: the problems that stop the post (the network would refuse it) and the
 * coach's advice (P4), which does not.
 */
export function ValidationPanel({ accounts, validation }: { accounts: readonly Account[]; validation: Validation }) {
  const { t, locale } = useI18n();
  const problemText = useProblemText();
  if (accounts.length === 0) return null;
  return (
    <section className="pub-validation" aria-live="polite" aria-busy={validation.pending} data-testid="composer-validation" data-pending={validation.pending}>
      <h3>
        {t('composer.checks')} {validation.pending ? <small className="muted">{t('composer.checking')}</small> : null}
      </h3>
      <FailureMessage failure={validation.failure} testId="validation-error" />
      {accounts.map((account) => {
        const problems = issuesOf(validation.problems, account.id);
        const findings = issuesOf(validation.findings, account.id);
        return (
          <div key={account.id} className="pub-check" data-testid="account-checks" data-account-id={account.id}>
            <strong>{account.handle}</strong>
            {problems.length === 0 && findings.length === 0 && !validation.pending ? <span className="success"> · {t('composer.allGood')}</span> : null}
            <ul>
              {problems.map((problem, index) => (
                <li key={`p${index}`} className="pub-problem" data-testid="problem" data-code={problem.code}>
                  <span className="pub-tag pub-tag-blocking">{t('composer.blocking')}</span> {problemText(problem)}
                </li>
              ))}
              {findings.map((finding, index) => (
                <li key={`f${index}`} className={`pub-finding pub-finding-${finding.severity}`} data-testid="finding" data-code={finding.code}>
                  <span className={`pub-tag pub-tag-${finding.severity}`}>{t(finding.severity === 'error' ? 'composer.blocking' : 'composer.advice')}</span> {wordFinding(finding, locale)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
