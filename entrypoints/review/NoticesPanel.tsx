import { t } from '@/lib/i18n/ui-text';

/** Overuse and frequent-headache notices (medication-overuse.md): describe, cite ICHD-3, point to a doctor. */
export function NoticesPanel({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="notices-title" class="panel notices" role="region">
      <h2 id="notices-title">{t('noticesTitle')}</h2>
      <ul>
        {notices.map((n) => <li key={n}>{n}</li>)}
      </ul>
    </section>
  );
}
