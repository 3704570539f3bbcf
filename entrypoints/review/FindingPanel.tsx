import type { CaseCrossoverResult } from '@/lib/analysis';
import { CAVEATS, findingHeadline, findingNumbers } from './finding-text';

/** The answer to "do long screen sessions come before my attacks?", first on the page. */
export function FindingPanel({ finding, basis }: { finding: CaseCrossoverResult; basis?: string }) {
  return (
    <section aria-labelledby="finding-title" class="panel finding" data-verdict={finding.verdict}>
      <h2 id="finding-title">Screen time before attacks</h2>
      <p class="headline">{findingHeadline(finding)}</p>
      <p class="numbers">{findingNumbers(finding)}</p>
      {basis && <p class="muted basis">{basis}</p>}
      <ul class="caveats">
        {CAVEATS.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <details>
        <summary>How this is worked out</summary>
        <p>
          Each attack is compared with your own screen use at the same clock time on the same weekday in the same
          month (up to four weeks before and after), a time-stratified case-crossover design. The five hours that
          end one hour before the attack are compared, so the attack's own early phase is not counted as its cause.
          Comparison days within two days before or one day after another attack are left out, and so are windows
          the tracker observed for less than 90 %. Conditional logistic regression gives the odds ratio per extra
          hour; it needs at least 10 usable attacks.
        </p>
      </details>
    </section>
  );
}
