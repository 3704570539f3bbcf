import { describe, expect, it } from 'vitest';
import { sampleYuv, type YuvPlanes } from '@/lib/flash/yuv-sample';

/** An I420 frame of one colour (limited-range Y, U, V), or NV12 when asked. */
function flat(width: number, height: number, [y, u, v]: [number, number, number], format: 'I420' | 'NV12' = 'I420', matrix: string | null = 'bt709'): YuvPlanes {
  const cw = width / 2;
  const ch = height / 2;
  const data = new Uint8Array(width * height + cw * ch * 2);
  data.fill(y, 0, width * height);
  if (format === 'I420') {
    data.fill(u, width * height, width * height + cw * ch);
    data.fill(v, width * height + cw * ch);
    return { format, data, layout: [{ offset: 0, stride: width }, { offset: width * height, stride: cw }, { offset: width * height + cw * ch, stride: cw }], width, height, matrix, fullRange: false };
  }
  for (let i = width * height; i < data.length; i += 2) {
    data[i] = u;
    data[i + 1] = v;
  }
  return { format, data, layout: [{ offset: 0, stride: width }, { offset: width * height, stride: width }], width, height, matrix, fullRange: false };
}

const near = (got: Uint8ClampedArray, want: [number, number, number]) =>
  [0, 1, 2].forEach((i) => expect(Math.abs(got[i]! - want[i]!), `channel ${i}: ${got[i]} vs ${want[i]}`).toBeLessThanOrEqual(3));

describe('sampleYuv', () => {
  it.each<[string, [number, number, number], string | null, [number, number, number]]>([
    ['white', [235, 128, 128], 'bt709', [255, 255, 255]],
    ['black', [16, 128, 128], 'bt709', [0, 0, 0]],
    ['BT.709 red', [63, 102, 240], 'bt709', [255, 0, 0]],
    ['BT.601 red', [81, 90, 240], 'smpte170m', [255, 0, 0]],
  ])('%s', (_name, yuv, matrix, rgb) => {
    for (const format of ['I420', 'NV12'] as const) {
      const sample = sampleYuv(flat(64, 36, yuv, format, matrix), 8, 6);
      expect(sample.length).toBe(8 * 6 * 4);
      near(sample, rgb);
      near(sample.subarray(sample.length - 4), rgb);
    }
  });

  it('averages luma over 4 x 4 points spread over each sample pixel\'s block: a half-white block reads grey', () => {
    const frame = flat(64, 32, [16, 128, 128]);
    for (let y = 0; y < 32; y++) for (let x = 0; x < 64; x++) if (x % 8 < 4) frame.data[y * 64 + x] = 235;
    const sample = sampleYuv(frame, 8, 4);
    expect(sample[0]).toBeGreaterThan(110);
    expect(sample[0]).toBeLessThan(145);
  });

  it('a frame laid out differently (padded rows) after another of the same size is read by its own layout', () => {
    near(sampleYuv(flat(64, 36, [235, 128, 128]), 8, 6), [255, 255, 255]);
    // BT.709 red, each luma row padded to 96 bytes (the padding white) and each chroma row to 48.
    const [stride, cstride] = [96, 48];
    const data = new Uint8Array(stride * 36 + cstride * 18 * 2).fill(235);
    for (let y = 0; y < 36; y++) data.fill(63, y * stride, y * stride + 64);
    const u = stride * 36;
    const v = u + cstride * 18;
    for (let y = 0; y < 18; y++) {
      data.fill(102, u + y * cstride, u + y * cstride + 32);
      data.fill(240, v + y * cstride, v + y * cstride + 32);
    }
    const padded: YuvPlanes = { format: 'I420', data, layout: [{ offset: 0, stride }, { offset: u, stride: cstride }, { offset: v, stride: cstride }], width: 64, height: 36, matrix: 'bt709', fullRange: false };
    const sample = sampleYuv(padded, 8, 6);
    near(sample, [255, 0, 0]);
    near(sample.subarray(sample.length - 4), [255, 0, 0]);
  });
});
