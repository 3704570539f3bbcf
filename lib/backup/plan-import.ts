import type { Attack } from '../attack/schema';
import { sameAttack } from './canonical-attack';

export type ImportMode = 'keep' | 'replace';

export interface ImportPlan {
  /** Attacks to put in the store: the new ones, plus the replacements in 'replace' mode. */
  toWrite: Attack[];
  added: number;
  replaced: number;
  /** Ids already stored whose stored version stays: every clash in 'keep' mode, identical ones in 'replace'. */
  kept: number;
}

/**
 * What importing `incoming` into a store holding `existing` writes. Existing attacks absent from the
 * file are untouched; an identical attack is never rewritten, so re-importing an export changes
 * nothing. Ids in `incoming` are expected to be unique (parseBackup ensures it); a repeat is skipped.
 */
export function planImport(
  existing: readonly Attack[],
  incoming: readonly Attack[],
  mode: ImportMode,
): ImportPlan {
  const stored = new Map(existing.map((attack) => [attack.id, attack]));
  const seen = new Set<string>();
  const plan: ImportPlan = { toWrite: [], added: 0, replaced: 0, kept: 0 };
  for (const attack of incoming) {
    if (seen.has(attack.id)) continue;
    seen.add(attack.id);
    const current = stored.get(attack.id);
    if (!current) {
      plan.toWrite.push(attack);
      plan.added += 1;
    } else if (mode === 'replace' && !sameAttack(current, attack)) {
      plan.toWrite.push(attack);
      plan.replaced += 1;
    } else {
      plan.kept += 1;
    }
  }
  return plan;
}
