import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '@/lib/messaging/client';
import { handleMessage, type Handlers } from '@/lib/messaging/server';
import { makeAttack } from './helpers';

const attack = makeAttack({ id: 'a-1', start: '2025-01-01T10:00:00.000Z', severity: 3 });

const replyWith = (reply: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);

describe('send', () => {
  it('sends the request envelope and resolves with the value', async () => {
    const spy = replyWith({ ok: true, value: [attack] });
    await expect(send('attack.list', {})).resolves.toEqual([attack]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith({ penumbra: 1, name: 'attack.list', input: {} });
  });

  it('passes the input through unchanged', async () => {
    const spy = replyWith({ ok: true, value: attack });
    await send('attack.update', { id: 'a-1', patch: { severity: 3 } });
    expect(spy).toHaveBeenCalledWith({ penumbra: 1, name: 'attack.update', input: { id: 'a-1', patch: { severity: 3 } } });
  });

  it('returns the output as validated: defaults filled, dates normalised', async () => {
    replyWith({ ok: true, value: { id: 'a-1', start: '2025-01-01T11:00:00+01:00' } });
    await expect(send('attack.logNow', {})).resolves.toEqual(makeAttack({ id: 'a-1', start: '2025-01-01T10:00:00.000Z' }));
  });

  it.each([
    ['attack.ongoing', null],
    ['attack.delete', { deleted: false }],
    ['backup.export', { json: '{}', csv: 'start', doctorCsv: 'section' }],
    ['backup.import', { ok: false, errors: [{ code: 'field', params: { path: 'attacks', detail: 'required' } }] }],
    ['backup.import', { ok: true, added: 1, replaced: 0, kept: 2, intervals: 3, settingsRestored: false, medicines: 0, appointmentRestored: false }],
    ['review.data', { attacks: [attack], screenTime: { sessions: [], coverage: [Date.parse('2025-01-01T00:00:00.000Z'), Date.parse('2025-01-01T01:00:00.000Z')] } }],
  ] as const)('%s resolves with a valid value %j', async (name, value) => {
    replyWith({ ok: true, value });
    await expect(send(name, name === 'backup.import' ? { text: '', mode: 'keep' } : ({} as never))).resolves.toEqual(value);
  });

  it.each(['That attack is no longer in the log.', 'Refused: only Penumbra pages may read or change the log.', ''])(
    'throws the error message of {ok:false, error: %j}',
    async (error) => {
      replyWith({ ok: false, error });
      await expect(send('attack.list', {})).rejects.toThrow(new Error(error));
    },
  );

  it.each<[string, unknown]>([
    ['undefined (no listener answered)', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['an array', [true, []]],
    ['ok missing', { value: [] }],
    ['ok not a boolean', { ok: 'true', value: [] }],
    ['ok:true without value', { ok: true }],
    ['ok:false without error', { ok: false }],
    ['ok:false with a non-string error', { ok: false, error: { message: 'x' } }],
  ])('throws on a malformed reply: %s', async (_, reply) => {
    replyWith(reply);
    await expect(send('attack.list', {})).rejects.toThrow('No valid answer from the background for attack.list');
  });

  it.each<[string, string, unknown, RegExp]>([
    ['a list that is not a list', 'attack.list', { not: 'a list' }, /^Unexpected answer to attack\.list: /],
    ['a list with a bad attack', 'attack.list', [attack, { ...attack, severity: 99 }], /^Unexpected answer to attack\.list: \[1\]\.severity: /],
    ['deleted not a boolean', 'attack.delete', { deleted: 'yes' }, /^Unexpected answer to attack\.delete: deleted: /],
    ['an attack ending before it starts', 'attack.logNow', { ...attack, end: '2024-01-01T00:00:00.000Z' }, /end: before start/],
    ['ongoing as a string', 'attack.ongoing', 'none', /^Unexpected answer to attack\.ongoing/],
  ])('throws on an invalid value: %s', async (_, name, value, error) => {
    replyWith({ ok: true, value });
    await expect(send(name as 'attack.list', {})).rejects.toThrow(error);
  });

  it('rejects when sending fails', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    await expect(send('attack.list', {})).rejects.toThrow('Could not establish connection.');
  });

  it('round-trips through the server with the error naming the field', async () => {
    const handlers = { 'attack.update': vi.fn(async () => attack) } as unknown as Handlers;
    const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const sender = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
      handleMessage(message, sender, handlers, own)) as never);
    await expect(send('attack.update', { id: 'a-1', patch: { severity: 2 } })).resolves.toEqual(attack);
    await expect(send('attack.update', { id: 'a-1', patch: { severity: 11 } })).rejects.toThrow(
      'patch.severity: must be a whole number from 0 to 10, or null',
    );
    expect(handlers['attack.update']).toHaveBeenCalledTimes(1);
  });
});
