
export { makeAttack } from '../../support/make-attack';

export const minimalBackup = () => ({
  format: 'penumbra-backup',
  version: 1,
  exportedAt: '2026-11-21T10:00:00.000Z',
  attacks: [],
});

/** Every field used, offsets and overlapping intervals included, attacks deliberately out of order. */
export const fullBackup = () => ({
  format: 'penumbra-backup',
  version: 1,
  exportedAt: '2026-11-21T10:00:00.000Z',
  attacks: [
    {
      id: 'attack-2',
      start: '2026-03-14T09:30:00+01:00',
      end: '2026-03-14T18:00:00+01:00',
      severity: 7,
      phase: 'headache',
      symptoms: ['light-sensitivity', 'nausea', 'something new'],
      triggers: ['poor-sleep', 'bright-light'],
      medications: [
        { name: 'sumatriptan', class: 'triptan', takenAt: '2026-03-14T10:05:00+01:00', dose: '50 mg', relief: 'partial' },
        { name: 'ibuprofen', class: 'simple-analgesic', takenAt: '2026-03-14T15:00:00+01:00', dose: null, relief: null },
      ],
      notes: 'Started after a long "screen" day,\nsecond line',
    },
    { id: 'attack-1', start: '2026-03-01T07:00:00Z', end: null, severity: 0, phase: 'aura' },
    { id: 'attack-3', start: '2026-07-01T22:15:00.123Z', end: '2026-07-02T01:00:00Z', severity: 10, phase: null, notes: '=HYPERLINK("x")' },
  ],
  screenTime: {
    sessions: [
      { start: '2026-03-14T09:00:00Z', end: '2026-03-14T10:00:00Z' },
      { start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' },
      { start: '2026-03-14T09:30:00+01:00', end: '2026-03-14T11:00:00+01:00' },
      { start: '2026-03-15T08:00:00Z', end: '2026-03-15T08:30:00Z' },
    ],
    coverage: [{ start: '2026-03-14T06:00:00Z', end: '2026-03-16T00:00:00Z' }],
  },
  settings: { version: 1, enabled: true, dimPercent: 45, kelvin: 2700, exceptions: ['example.com'] },
});

export const toText = (value: unknown) => JSON.stringify(value, null, 2);
