import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Attack } from '@/lib/attack/schema';
import { send } from '@/lib/messaging/client';
import { AttackList } from './AttackList';
import { BackupPanel } from './BackupPanel';

export function Review() {
  const [attacks, setAttacks] = useState<Attack[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    send('attack.list', {}).then(setAttacks, (e: Error) => setError(e.message));
  }, []);
  useEffect(reload, [reload]);
  return (
    <>
      <header>
        <h1>Penumbra review</h1>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      <section aria-labelledby="attacks-title" class="panel">
        <h2 id="attacks-title">Attacks</h2>
        {attacks ? <AttackList attacks={attacks} onChanged={reload} /> : <p class="muted">Loading…</p>}
      </section>
      <BackupPanel onImported={reload} />
    </>
  );
}
