import { z } from '../zod';
import { initialTrackerState, type TrackerConfig, type TrackerState } from './tracker-state';

const time = z.number().check(z.int(), z.gte(0));
const idle = z.enum(['active', 'idle', 'locked']);

const stateSchema = z.object({
  version: z.literal(1),
  coverage: z.nullable(z.object({ start: time, lastSeen: time })),
  session: z.nullable(z.object({ start: time, lastActive: time })),
  idle,
  watching: z.boolean(),
  certainAt: z.nullable(time),
});

/**
 * The state read back from IndexedDB on worker start, or a fresh one if it is missing or
 * unreadable. Config always comes from the current settings, which win over a stale snapshot.
 * A fresh state loses at most the open session; the next event starts new coverage.
 */
export function restoreTrackerState(value: unknown, config: TrackerConfig): TrackerState {
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) return initialTrackerState(config);
  return { ...parsed.data, config };
}
