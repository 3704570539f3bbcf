import type { CaseCrossoverResult } from '@/lib/analysis';
import { t } from '@/lib/i18n/ui-text';
import { caveats, findingHeadline, findingNumbers } from './finding-text';

/** The answer to "do long screen sessions come before my attacks?", first on the page. */
export function FindingPanel({ finding, basis }: { finding: CaseCrossoverResult; basis?: string }) {
  return (
    <section aria-labelledby="finding-title" class="panel finding" data-verdict={finding.verdict}>
      <h2 id="finding-title">{t('findingTitle')}</h2>
      <p class="headline">{findingHeadline(finding)}</p>
      <p class="numbers">{findingNumbers(finding)}</p>
      {basis && <p class="muted basis">{basis}</p>}
      <ul class="caveats">
        {caveats().map((c) => <li key={c}>{c}</li>)}
      </ul>
      <details>
        <summary>{t('findingMethodSummary')}</summary>
        <p>{t('findingMethod')}</p>
      </details>
    </section>
  );
}
