import { applyAttackPatch, type Attack } from '@/lib/attack/schema';
import type { AttackStore } from '@/lib/db/attack-store';
import { t } from '@/lib/i18n/ui-text';
import type { Handlers } from '@/lib/messaging/server';
import { serialQueue } from '@/lib/serial-queue';
import { readSettings, updateSettings } from '@/lib/settings';

type AttackHandlers = Pick<Handlers, 'attack.logNow' | 'attack.create' | 'attack.update' | 'attack.delete' | 'attack.list' | 'attack.ongoing'>;

/** A new id that sorts by creation and cannot collide across devices or imports. */
export const newAttackId = (now: Date) => `a-${now.getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;

const blankAttack = (id: string, start: string, end: string | null): Attack => ({
  id, start, end, severity: null, phase: null, symptoms: [], triggers: [], medications: [], notes: '',
});

/**
 * `serial` orders the writes: save-as-you-go sends a patch per keystroke, and each must apply to the
 * result of the last (an import shares the queue, so it cannot interleave with them either).
 */
export function attackHandlers(store: AttackStore, now: () => Date, serial = serialQueue()): AttackHandlers {
  return {
    async 'attack.logNow'() {
      const at = now();
      const attack = await store.put(blankAttack(newAttackId(at), at.toISOString(), null));
      // Mid-attack light hurts: logging turns the calming mode on too, unless the person opted out.
      const settings = await readSettings();
      if (settings.logTurnsOnMode && !settings.enabled) await updateSettings({ enabled: true });
      return attack;
    },
    async 'attack.create'({ start, end }) {
      if (end !== null && end <= start) throw new Error(t('errorEndBeforeStart'));
      if (start > now().toISOString()) throw new Error(t('errorStartInFuture'));
      return store.put(blankAttack(newAttackId(now()), start, end));
    },
    'attack.update': ({ id, patch }) =>
      serial(async () => {
        const attack = await store.get(id);
        if (!attack) throw new Error(t('errorAttackGone'));
        const next = applyAttackPatch(attack, patch);
        if (typeof next === 'string') throw new Error(next);
        return store.put(next);
      }),
    'attack.delete': ({ id }) => serial(async () => ({ deleted: await store.delete(id) })),
    'attack.list': () => store.list(),
    'attack.ongoing': () => store.ongoing(),
  };
}
