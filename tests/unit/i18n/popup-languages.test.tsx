// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AttackPanel } from '@/entrypoints/popup/AttackPanel';
import type { Locale } from '@/lib/i18n/catalogue';
import { send } from '@/lib/messaging/client';
import { readCatalogues } from '@/scripts/locale-files';
import { speak } from '../../support/speak';
import { fakeBackground, makeAttack, pinClock } from '../ui/support';

// The popup's attack log in each language, with an attack open since Monday 14:10 (local, four
// days before): the weekday, the clock and the 72-hour line in the language's own words.
vi.mock('@/lib/messaging/client', () => ({ send: vi.fn() }));
const { answer } = fakeBackground(vi.mocked(send));
const NOW = new Date(2026, 10, 27, 9, 0);
pinClock(NOW);
const catalogues = readCatalogues();

describe.each([
  ['en', 'en-GB', 'Log attack', 'Attack since Monday 14:10', 'It started on Monday at 14:10.', 'Still going'],
  ['de', 'de', 'Attacke eintragen', 'Attacke seit Montag, 14:10', 'Sie begann am Montag um 14:10.', 'Dauert noch an'],
  ['fr', 'fr', 'Noter une crise', 'Crise depuis lundi 14:10', 'Elle a commencé lundi à 14:10.', 'Toujours en cours'],
  ['es', 'es', 'Registrar crisis', 'Crisis desde el lunes a las 14:10', 'Empezó el lunes a las 14:10.', 'Sigue en curso'],
] as const)('the attack log in %s (%s)', (language, locale, logAttack, since, started, stillGoing) => {
  it('offers one click to log an attack', async () => {
    speak(language as Locale, locale);
    answer({ 'attack.ongoing': async () => null });
    render(<AttackPanel />);
    expect(await screen.findByRole('button', { name: logAttack })).toBeTruthy();
  });

  it('an attack past 72 hours: since when, the question, and the exact safety line', async () => {
    speak(language as Locale, locale);
    answer({ 'attack.ongoing': async () => makeAttack({ id: 'old', start: new Date(2026, 10, 23, 14, 10).toISOString() }) });
    render(<AttackPanel />);
    expect(await screen.findByText(since)).toBeTruthy();
    expect(screen.getByRole('group', { name: (name) => name.includes(started) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: stillGoing }));
    const advice = catalogues[language as Locale].longAttackAdvice!;
    expect(screen.getByText((_, element) => element?.classList.contains('advice') === true).textContent).toBe(
      `${advice} ${catalogues[language as Locale].longAttackRule}`,
    );
  });
});
