import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { SyntheticBackup } from './synthetic-data';
import { expectedFile, fixtureFile, type ReferenceDataset } from './reference-datasets';

/** What scripts/reference/clogit.R wrote: R's own windows and survival::clogit's fit. */
export interface ReferenceExpected {
  dataset: string;
  r: { version: string; survival: string };
  usableAttacks: number;
  controlWindows: number;
  coef: number | null;
  se: number | null;
  oddsRatio: number | null;
  ci95: [number, number] | null;
  strata: Array<{ id: string; hazardHours: number; referentHours: number[] }>;
}

export function loadReferenceBackup(d: ReferenceDataset): SyntheticBackup {
  const raw = readFileSync(fixtureFile(d));
  return JSON.parse((d.gzip ? gunzipSync(raw) : raw).toString('utf8')) as SyntheticBackup;
}

export function loadReferenceExpected(d: ReferenceDataset): ReferenceExpected {
  return JSON.parse(readFileSync(expectedFile(d), 'utf8')) as ReferenceExpected;
}
