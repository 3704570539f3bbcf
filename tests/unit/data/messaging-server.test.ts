import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { protocol, type MessageName } from '@/lib/messaging/protocol';
import { handleMessage, isOwnPage, serveMessages, type Handlers, type PageHandlers } from '@/lib/messaging/server';
import { makeAttack } from './helpers';

const OWN = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const POPUP = { id: OWN.id, url: 'chrome-extension://test-extension-id/popup.html' };
const REVIEW = { id: OWN.id, url: 'chrome-extension://test-extension-id/review.html?tab=log#top' };
const NAMES = Object.keys(protocol) as MessageName[];

const attack = makeAttack({ id: 'a-1', start: '2025-01-01T10:00:00.000Z' });
const medicine = { id: 'm-1', name: 'Topiramate', class: 'preventive', dose: '25 mg', purpose: 'preventive', since: '2025-01-01', sideEffects: '', stopped: null, stopReason: '' } as const;
const appointment = { goal: 'Fewer attacks', questions: ['Is my dose right?'], warningSigns: '' };

const safekeepingStatus = {
  frequency: 'off' as const, keep: 8, lastBackupAt: null, lastAutoAt: null, nextDueAt: null, failure: null, files: [], remind: false, offer: false,
};

/** Handlers that record their calls and answer with valid outputs. */
function fakeHandlers() {
  const handlers = {
    'attack.logNow': vi.fn(async () => attack),
    'attack.create': vi.fn(async () => attack),
    'attack.update': vi.fn(async () => attack),
    'attack.delete': vi.fn(async () => ({ deleted: true })),
    'attack.list': vi.fn(async () => [attack]),
    'attack.ongoing': vi.fn(async () => null),
    'review.data': vi.fn(async () => ({ attacks: [], screenTime: { sessions: [], coverage: [] } })),
    'backup.export': vi.fn(async () => ({ json: '{}', csv: '', doctorCsv: '' })),
    'backup.import': vi.fn(async () => ({ ok: false as const, errors: ['x'] })),
    'safekeeping.status': vi.fn(async () => safekeepingStatus),
    'safekeeping.configure': vi.fn(async () => safekeepingStatus),
    'safekeeping.backupNow': vi.fn(async () => safekeepingStatus),
    'safekeeping.showFolder': vi.fn(async () => ({ shown: false })),
    'safekeeping.dismiss': vi.fn(async () => safekeepingStatus),
    'data.deleteAll': vi.fn(async () => ({ deleted: true as const })),
    'medicine.list': vi.fn(async () => [medicine]),
    'medicine.add': vi.fn(async () => medicine),
    'medicine.save': vi.fn(async () => medicine),
    'medicine.delete': vi.fn(async () => ({ deleted: true })),
    'appointment.get': vi.fn(async () => appointment),
    'appointment.save': vi.fn(async () => appointment),
  };
  const calls = () => Object.values(handlers).reduce((n, fn) => n + fn.mock.calls.length, 0);
  return { handlers: handlers as unknown as Handlers, spies: handlers, calls };
}

/** A valid input per message, so that only the thing under test is wrong. */
const VALID_INPUT: Record<MessageName, unknown> = {
  'attack.logNow': {},
  'attack.create': { start: '2025-01-01T10:00:00Z', end: null },
  'attack.update': { id: 'a-1', patch: { severity: 4 } },
  'attack.delete': { id: 'a-1' },
  'attack.list': {},
  'attack.ongoing': {},
  'review.data': {},
  'backup.export': {},
  'backup.import': { text: '{}', mode: 'keep' },
  'safekeeping.status': {},
  'safekeeping.configure': { frequency: 'weekly', keep: 8 },
  'safekeeping.backupNow': {},
  'safekeeping.showFolder': {},
  'safekeeping.dismiss': { what: 'reminder' },
  'data.deleteAll': { confirm: 'delete everything' },
  'medicine.list': {},
  'medicine.add': { name: 'Topiramate' },
  'medicine.save': { medicine },
  'medicine.delete': { id: 'm-1' },
  'appointment.get': {},
  'appointment.save': { appointment },
};

const request = (name: string, input: unknown = VALID_INPUT[name as MessageName]) => ({ penumbra: 1, name, input });

describe('handleMessage: messages that are not ours', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'attack.list'],
    ['a number', 1],
    ['an array', [1, 'attack.list', {}]],
    ['an empty object', {}],
    ['another protocol version', { penumbra: 2, name: 'attack.list', input: {} }],
    ['penumbra as a string', { penumbra: '1', name: 'attack.list', input: {} }],
    ['no penumbra field', { name: 'attack.list', input: {} }],
    ['no name', { penumbra: 1, input: {} }],
    ['a numeric name', { penumbra: 1, name: 7, input: {} }],
  ])('%s gives undefined and calls nothing', async (_, message) => {
    const { handlers, calls } = fakeHandlers();
    expect(await handleMessage(message, POPUP, handlers, OWN)).toBeUndefined();
    // Not ours is not ours whoever sends it.
    expect(await handleMessage(message, { id: 'other', url: 'https://evil.example/' }, handlers, OWN)).toBeUndefined();
    expect(calls()).toBe(0);
  });
});

describe('handleMessage: senders', () => {
  const refused: [string, { id?: string; url?: string }][] = [
    ['a content script (our id, a web page url)', { id: OWN.id, url: 'https://example.com/page' }],
    ['a content script in a file page', { id: OWN.id, url: 'file:///home/me/page.html' }],
    ['a content script on a page naming our origin in its query', { id: OWN.id, url: 'https://evil.example/?chrome-extension://test-extension-id/' }],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
    ['another extension claiming our url', { id: 'other-extension', url: POPUP.url }],
    ['a look-alike origin', { id: OWN.id, url: 'chrome-extension://test-extension-id.evil/popup.html' }],
    ['our origin without the slash', { id: OWN.id, url: 'chrome-extension://test-extension-id' }],
    ['a sender without url', { id: OWN.id }],
    ['a sender without id', { url: POPUP.url }],
    ['an empty sender', {}],
  ];

  it.each(refused)('%s is refused and no handler runs', async (_, sender) => {
    const { handlers, calls } = fakeHandlers();
    for (const name of NAMES) {
      const reply = await handleMessage(request(name), sender, handlers, OWN);
      expect(reply).toEqual({ ok: false, error: expect.stringContaining('Refused') });
    }
    expect(calls()).toBe(0);
  });

  it.each([
    ['the popup', POPUP],
    ['the review page with query and hash', REVIEW],
  ])('%s is served', async (_, sender) => {
    const { handlers, spies } = fakeHandlers();
    expect(await handleMessage(request('attack.list'), sender, handlers, OWN)).toEqual({ ok: true, value: [attack] });
    expect(spies['attack.list']).toHaveBeenCalledTimes(1);
  });

  it("a content script's page message reaches its handler with the tab and frame the browser named; another extension's does not", async () => {
    const { handlers } = fakeHandlers();
    const page = { 'page.bootMissing': vi.fn(async () => ({ ok: true })) } as unknown as PageHandlers;
    const contentScript = { id: OWN.id, url: 'https://example.com/page', tab: { id: 5 } as never, frameId: 2 };
    expect(await handleMessage(request('page.bootMissing', {}), contentScript, handlers, OWN, page)).toEqual({ ok: true, value: { ok: true } });
    expect(page['page.bootMissing']).toHaveBeenCalledWith({}, { tabId: 5, frameId: 2 });
    const other = { ...contentScript, id: 'other-extension' };
    expect(await handleMessage(request('page.bootMissing', {}), other, handlers, OWN, page)).toMatchObject({ ok: false });
    expect(page['page.bootMissing']).toHaveBeenCalledTimes(1);
  });

  it.each(refused)('isOwnPage is false for %s', (_, sender) => {
    expect(isOwnPage(sender, OWN.id, OWN.origin)).toBe(false);
  });

  it('isOwnPage is true for our own pages', () => {
    expect(isOwnPage(POPUP, OWN.id, OWN.origin)).toBe(true);
    expect(isOwnPage(REVIEW, OWN.id, OWN.origin)).toBe(true);
  });
});

describe('handleMessage: names', () => {
  it.each(['attack.nuke', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'attack.list '])(
    'unknown name %j gives an error and calls nothing',
    async (name) => {
      const { handlers, calls } = fakeHandlers();
      const reply = await handleMessage(request(name, {}), POPUP, handlers, OWN);
      expect(reply).toEqual({ ok: false, error: `Unknown message ${name}` });
      expect(calls()).toBe(0);
    },
  );

  it.each(NAMES)('%s dispatches to its own handler only, with the parsed input', async (name) => {
    const { handlers, spies, calls } = fakeHandlers();
    const reply = await handleMessage(request(name), POPUP, handlers, OWN);
    expect(reply).toMatchObject({ ok: true });
    expect(spies[name]).toHaveBeenCalledTimes(1);
    expect(calls()).toBe(1);
  });

  it('passes the validated, normalised input to the handler', async () => {
    const { handlers, spies } = fakeHandlers();
    await handleMessage(request('attack.create', { start: '2025-01-01T12:00:00+02:00', end: null }), POPUP, handlers, OWN);
    expect(spies['attack.create']).toHaveBeenCalledWith({ start: '2025-01-01T10:00:00.000Z', end: null });
  });
});

describe('handleMessage: invalid input', () => {
  it.each<[MessageName, unknown, string | RegExp]>([
    ['attack.update', { id: 'a-1', patch: { severity: 11 } }, 'patch.severity: must be a whole number from 0 to 10, or null'],
    ['attack.update', { id: 'a-1', patch: { severity: '5' } }, /^patch\.severity: /],
    ['attack.update', { id: 'a-1', patch: { start: 'tomorrow' } }, 'patch.start: not a date'],
    ['attack.update', { id: 'a-1', patch: { id: 'b' } }, 'patch: unknown field "id"'],
    ['attack.update', { id: 'a-1', patch: 'x' }, 'patch: must be an object'],
    ['attack.update', { id: 'a-1', patch: { medications: [{ name: 'x', takenAt: 'bad' }] } }, 'patch.medications[0].takenAt: not a date'],
    ['attack.update', { id: '', patch: {} }, /^id: must be a non-empty string/],
    ['attack.update', { patch: {} }, 'id: required'],
    ['attack.create', { start: 'x', end: null }, 'start: not a date'],
    ['attack.create', { start: '2025-01-01T00:00:00Z' }, 'end: required'],
    ['attack.create', { start: '2025-01-01T00:00:00', end: null }, 'start: not a date'],
    ['attack.delete', {}, 'id: required'],
    ['attack.delete', { id: 'x'.repeat(201) }, /^id: must be a non-empty string of at most 200/],
    ['backup.import', { text: 'x', mode: 'merge' }, /^mode: /],
    ['backup.import', { text: 5, mode: 'keep' }, /^text: /],
    ['attack.logNow', { extra: 1 }, /.+/],
    ['attack.list', 'all', /.+/],
    ['attack.list', undefined, /.+/],
  ])('%s with %j: error %s, handler not called', async (name, input, error) => {
    const { handlers, calls } = fakeHandlers();
    const reply = await handleMessage({ penumbra: 1, name, input }, POPUP, handlers, OWN);
    expect(reply?.ok).toBe(false);
    const message = (reply as { error: string }).error;
    if (typeof error === 'string') expect(message).toBe(error);
    else expect(message).toMatch(error);
    expect(calls()).toBe(0);
  });

  it('reports several problems together', async () => {
    const { handlers } = fakeHandlers();
    const reply = await handleMessage(request('attack.update', { id: 'a', patch: { severity: 11, phase: 'x' } }), POPUP, handlers, OWN);
    expect((reply as { error: string }).error).toMatch(/patch\.severity: .*; patch\.phase: /);
  });
});

describe('handleMessage: handler outcomes', () => {
  it('returns the value as ok', async () => {
    const { handlers } = fakeHandlers();
    expect(await handleMessage(request('attack.delete'), POPUP, handlers, OWN)).toEqual({ ok: true, value: { deleted: true } });
  });

  it.each<[string, () => unknown, string]>([
    ['a rejected Error', () => Promise.reject(new Error('That attack is no longer in the log.')), 'That attack is no longer in the log.'],
    ['a rejected string', () => Promise.reject('plain'), 'plain'],
    ['a rejected number', () => Promise.reject(42), '42'],
    ['a synchronous throw', () => { throw new TypeError('sync'); }, 'sync'],
  ])('%s becomes {ok:false, error}', async (_, impl, error) => {
    const { handlers, spies } = fakeHandlers();
    spies['attack.update'].mockImplementation(impl as never);
    await expect(handleMessage(request('attack.update'), POPUP, handlers, OWN)).resolves.toEqual({ ok: false, error });
  });
});

describe('serveMessages', () => {
  it('answers our pages and refuses others through runtime.onMessage', async () => {
    const { handlers, spies } = fakeHandlers();
    serveMessages(handlers);
    const own = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(request('attack.list'), own, () => {});
    expect(await reply).toEqual({ ok: true, value: [attack] });
    const [refused] = await fakeBrowser.runtime.onMessage.trigger(request('attack.list'), { id: browser.runtime.id, url: 'https://example.com/' }, () => {});
    expect(await refused).toEqual({ ok: false, error: expect.stringContaining('Refused') });
    expect(spies['attack.list']).toHaveBeenCalledTimes(1);
  });

  it('leaves messages that are not ours to other listeners (returns undefined synchronously)', async () => {
    const { handlers, calls } = fakeHandlers();
    serveMessages(handlers);
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, { id: browser.runtime.id }, () => {});
    expect(results).toEqual([undefined]);
    expect(calls()).toBe(0);
  });
});
