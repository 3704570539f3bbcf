import { describe, expect, it } from 'vitest';
import { attackSchema } from '../../../lib/attack/schema';
import { backupProblemText, MAX_ERRORS, parseBackup, serializeBackup } from '../../../lib/backup';
import { english } from '../../support/words';
import { fullBackup } from './fixtures';

// mulberry32: a tiny seeded generator, so every run sees the same corpus and a failure reproduces.
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const WRONG_DATES = [
  '2026-13-01T00:00:00Z', '2026-01-01', '', 'yesterday', '2026-02-29T00:00:00Z', '2026-01-01T25:00:00Z',
  '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59-01:00', '0000-01-01T00:00:00+01:00', '2026-01-01T10:00:00',
  '2026-01-01 10:00:00Z', '2026-06-01T10:00:00+14:00', '2026-06-01T10:00:00.123456789Z', '1e3',
];

function garbage(r: Random, depth = 0): Json {
  switch (r.int(depth > 3 ? 9 : 12)) {
    case 0: return null;
    case 1: return r.next() < 0.5;
    case 2: return r.pick([0, -1, 11, 2.5, 1e308, -1e308, 2 ** 53 + 2, -0, 5]);
    case 3: return r.pick(['', 'x', 'x'.repeat(201), 'nausea', 'triptan', 'headache', '__proto__', '=1+1', 'é\u0000"\\']);
    case 4: return r.pick(WRONG_DATES);
    case 5: return 'y'.repeat(10_001);
    case 6: return r.int(3);
    case 7: return 'full';
    case 8: return '2026-03-14T12:00:00+02:00';
    case 9: return Array.from({ length: r.int(4) }, () => garbage(r, depth + 1));
    case 10: return Object.fromEntries(Array.from({ length: r.int(4) }, () => [r.pick(['id', 'start', 'end', 'name', 'a', 'sessions']), garbage(r, depth + 1)]));
    default: {
      let nested: Json = garbage(r, 4);
      for (let i = r.int(80); i > 0; i--) nested = r.next() < 0.5 ? [nested] : { k: nested };
      return nested;
    }
  }
}

/** Every container in the document with the keys it holds, so that a mutation can land anywhere. */
function containers(value: Json, out: Container[] = []): Container[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function mutateTree(r: Random, doc: Json): void {
  const node = r.pick(containers(doc));
  const keys = Object.keys(node);
  if (keys.length === 0) return;
  const key = r.pick(keys);
  const record = node as Record<string, Json>;
  switch (r.int(7)) {
    case 0: if (Array.isArray(node)) node.splice(Number(key), 1); else delete record[key]; break;
    case 1: if (Array.isArray(node)) node.push(structuredClone(node[Number(key)] ?? null)); else record[`${key}2`] = structuredClone(record[key] ?? null); break;
    case 2: { const other = r.pick(keys); [record[key], record[other]] = [record[other] ?? null, record[key] ?? null]; break; }
    case 3: record[key] = garbage(r); break;
    case 4: if (typeof record[key] === 'string') record[key] = r.pick(WRONG_DATES); else record[key] = garbage(r); break;
    case 5: if (!Array.isArray(node)) { record[r.pick(['ID', 'Start', 'format', 'version', 'x'])] = record[key] ?? null; delete record[key]; } break;
    default: record[key] = r.pick([1e308, -1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 1e-320]); break;
  }
}

function mutateText(r: Random, text: string): string {
  switch (r.int(4)) {
    case 0: return text.slice(0, r.int(text.length));
    case 1: {
      const chars = [...text];
      for (let i = 1 + r.int(3); i > 0; i--) chars[r.int(chars.length)] = r.pick(['"', '{', '}', '[', ']', ',', ':', '0', '9', '-', 'Z', '\\', ' ', 'é', '\u2028']);
      return chars.join('');
    }
    case 2: {
      // A repeated key line: JSON.parse keeps the last, which must still be validated.
      const lines = text.split('\n');
      const candidates = lines.map((line, i) => (/^\s*"[^"]+": .*,$/.test(line) ? i : -1)).filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      const at = r.pick(candidates);
      const line = lines[at] ?? '';
      lines.splice(at + 1, 0, r.next() < 0.5 ? line : line.replace(/: .*,$/, `: ${JSON.stringify(garbage(r))},`));
      return lines.join('\n');
    }
    default: return `${text.slice(0, r.int(text.length))}${JSON.stringify(garbage(r))}${text.slice(r.int(text.length))}`;
  }
}

function corpus(size: number, seed: number): string[] {
  const r = random(seed);
  return Array.from({ length: size }, () => {
    const doc = fullBackup() as unknown as Json;
    for (let i = 1 + r.int(3); i > 0; i--) mutateTree(r, doc);
    const text = JSON.stringify(doc, null, 2);
    return r.next() < 0.35 ? mutateText(r, text) : text;
  });
}

describe('parseBackup under a seeded fuzz corpus', () => {
  const files = corpus(1500, 20261121);
  const when = new Date('2026-12-01T00:00:00Z');
  it('is a corpus of distinct files', () => {
    expect(files.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(files).size).toBeGreaterThan(900);
  });

  // 1500 files take 1 to 3 s alone: the timeout leaves a margin for a loaded 2-core machine.
  it('never throws; refuses with messages or returns a backup that survives a round trip', () => {
    const tally = { ok: 0, refused: 0 };
    for (const [index, text] of files.entries()) {
      const result = parseBackup(text);
      const context = `corpus[${index}]`;
      if (!result.ok) {
        tally.refused += 1;
        expect(result.errors.length, context).toBeGreaterThanOrEqual(1);
        expect(result.errors.length, context).toBeLessThanOrEqual(MAX_ERRORS);
        for (const problem of result.errors) {
          const message = backupProblemText(problem, english);
          expect(typeof message, context).toBe('string');
          expect(message.trim(), context).not.toBe('');
          expect(message, context).not.toMatch(/^\[/);
        }
        continue;
      }
      tally.ok += 1;
      for (const attack of result.backup.attacks) expect(attackSchema.parse(attack), context).toEqual(attack);
      const written = serializeBackup(result.backup, when);
      const again = parseBackup(written);
      expect(again.ok, context).toBe(true);
      if (again.ok) expect(serializeBackup(again.backup, when), context).toBe(written);
    }
    // A corpus that only ever hit one outcome would be testing half of the contract.
    expect(tally.ok).toBeGreaterThan(50);
    expect(tally.refused).toBeGreaterThan(500);
  }, 30_000);
});
