// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AttackList } from '@/entrypoints/review/AttackList';
import { local, makeAttack } from '../ui/support';

afterEach(() => cleanup());

describe('the review marks attacks past 72 hours', () => {
  it('marks an ended attack that lasted more than 72 h and an open one older than 72 h, not the others', () => {
    const now = () => new Date(2026, 10, 27, 9, 0);
    const attacks = [
      makeAttack({ id: 'open-old', start: local(2026, 11, 23, 14, 10) }),
      makeAttack({ id: 'open-new', start: local(2026, 11, 26, 14, 10) }),
      makeAttack({ id: 'long', start: local(2026, 11, 1, 8, 0), end: local(2026, 11, 4, 9, 0) }),
      makeAttack({ id: 'short', start: local(2026, 11, 10, 8, 0), end: local(2026, 11, 10, 20, 0) }),
    ];
    render(<AttackList attacks={attacks} onChanged={() => undefined} now={now} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toContain('open for more than 72 hours');
    expect(items[1]).not.toContain('72 hours');
    expect(items[2]).toContain('lasted more than 72 hours');
    expect(items[3]).not.toContain('72 hours');
  });
});
