import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { caseCrossover, medicationDays, type AnalysisInput } from '../../../lib/analysis';
import { parseBackup, type Backup } from '../../../lib/backup';
import { REFERENCE_DATASETS, fixtureFile } from '../../support/reference-datasets';

// The analyses take the parsed backup as it is: its type must fit AnalysisInput, and the synthetic
// fixtures must be valid backup files whose parsed form gives the same results as the raw JSON.

describe('the parsed backup as analysis input', () => {
  it('is assignable to AnalysisInput', () => {
    expectTypeOf<Backup>().toExtend<AnalysisInput>();
  });

  it.each(REFERENCE_DATASETS.filter((d) => !d.gzip))('parses $name and analyses it unchanged', (dataset) => {
    const raw = readFileSync(fixtureFile(dataset));
    const text = (dataset.gzip ? gunzipSync(raw) : raw).toString('utf8');
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const json = JSON.parse(text) as AnalysisInput;
    expect(caseCrossover(parsed.backup)).toEqual(caseCrossover(json));
    const now = new Date(2030, 0, 1);
    expect(medicationDays(parsed.backup, now)).toEqual(medicationDays(json, now));
  });
});
