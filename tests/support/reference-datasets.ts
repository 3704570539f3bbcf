import type { SyntheticOptions } from './synthetic-data';

// The synthetic datasets whose case-crossover results were computed independently in R
// (scripts/reference/clogit.R) and stored in tests/fixtures/analysis/. Changing an entry, or the
// generator, means regenerating the fixtures: see scripts/reference/README.md.

export interface ReferenceDataset {
  readonly name: string;
  readonly options: SyntheticOptions;
  /** Stored gzip-compressed: the five-year file alone would be ~1.7 MB of JSON. */
  readonly gzip: boolean;
}

export const REFERENCE_DATASETS: readonly ReferenceDataset[] = [
  { name: 'effect-1y', options: { seed: 101, years: 1, attacks: 120, effect: 0.3, start: '2025-01-06T00:00:00.000Z' }, gzip: false },
  { name: 'no-effect-1y', options: { seed: 202, years: 1, attacks: 120, effect: 0, start: '2024-07-01T00:00:00.000Z' }, gzip: false },
  { name: 'small-n', options: { seed: 303, days: 100, attacks: 12, effect: 0.3, start: '2025-09-01T00:00:00.000Z' }, gzip: false },
  { name: 'five-years', options: { seed: 505, years: 5, attacks: 600, effect: 0.3, start: '2021-01-04T00:00:00.000Z' }, gzip: true },
];

export const FIXTURE_DIR = 'tests/fixtures/analysis';
export const fixtureFile = (d: ReferenceDataset): string =>
  `${FIXTURE_DIR}/${d.name}.backup.json${d.gzip ? '.gz' : ''}`;
export const expectedFile = (d: ReferenceDataset): string => `${FIXTURE_DIR}/${d.name}.expected.json`;
