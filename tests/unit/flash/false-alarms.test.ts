import { describe, expect, it } from 'vitest';
import { runDetector } from '../../support/flash-frames';
import { variedVideo } from '../../support/flash-scenes';

describe('flash detector: no false alarms', () => {
  it('a minute of varied ordinary video (cuts, fades, pans, grain, one camera flash, small blinking lights) never fails', () => {
    const { paint } = variedVideo(60, 3);
    const result = runDetector(paint, { seconds: 60, fps: 30, cssWidth: 1280, cssHeight: 720, jitterMs: 4, dropRate: 0.03 });
    expect(result.verdicts.filter((v) => v.flashing)).toEqual([]);
  });
});
