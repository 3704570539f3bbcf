// Writes the synthetic reference datasets (tests/fixtures/analysis/*.backup.json[.gz]) and, for R,
// their raw timings and this implementation's strata as CSV. Run through scripts/reference/run.sh.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildCaseCrossoverStrata } from '../../lib/analysis';
import { REFERENCE_DATASETS, FIXTURE_DIR, fixtureFile } from '../../tests/support/reference-datasets';
import { syntheticBackup } from '../../tests/support/synthetic-data';

const workDir = process.argv[2];
if (!workDir) throw new Error('usage: export-fixtures.ts <work-dir>');
if (process.env.TZ !== 'Europe/Berlin') throw new Error('run with TZ=Europe/Berlin, as the unit tests do');

const ms = (iso: string): string => String(Date.parse(iso));
const only = process.argv.slice(3);

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const d of REFERENCE_DATASETS) {
  if (only.length > 0 && !only.includes(d.name)) continue;
  const backup = syntheticBackup(d.options);
  const json = JSON.stringify(backup);
  writeFileSync(fixtureFile(d), d.gzip ? gzipSync(json, { level: 9 }) : json);

  const dir = `${workDir}/${d.name}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/attacks.csv`, ['id,start_ms', ...backup.attacks.map((a) => `${a.id},${ms(a.start)}`)].join('\n') + '\n');
  for (const kind of ['sessions', 'coverage'] as const) {
    const rows = backup.screenTime[kind].map((iv) => `${ms(iv.start)},${ms(iv.end)}`);
    writeFileSync(`${dir}/${kind}.csv`, ['start_ms,end_ms', ...rows].join('\n') + '\n');
  }
  // String(x) is the shortest round-trip form, so R reads back exactly the doubles used here.
  const strata = buildCaseCrossoverStrata(backup).strata.flatMap((s) => [
    `${s.id},1,${s.hazardHours}`,
    ...s.referentHours.map((h) => `${s.id},0,${h}`),
  ]);
  writeFileSync(`${dir}/strata_ts.csv`, ['attack,case,hours', ...strata].join('\n') + '\n');
  console.log(`${d.name}: ${backup.attacks.length} attacks, ${backup.screenTime.sessions.length} sessions, ${json.length} bytes`);
}
