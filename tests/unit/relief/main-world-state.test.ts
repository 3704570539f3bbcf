import { describe, expect, it } from 'vitest';
import { MAIN_WORLD_EVENT, MAIN_WORLD_OFF, parseMainWorldState, type MainWorldState } from '@/lib/page-world/main-world-state';

describe('parseMainWorldState', () => {
  const states: MainWorldState[] = [
    { siteMotion: true, pauseAutoplay: true, reduceMotion: true },
    { siteMotion: false, pauseAutoplay: true, reduceMotion: false },
    { siteMotion: true, pauseAutoplay: false, reduceMotion: true },
    MAIN_WORLD_OFF,
  ];

  it.each(states)('round-trips what the isolated world sends: %j', (state) => {
    expect(parseMainWorldState(JSON.stringify(state))).toStrictEqual(state);
  });

  it('missing fields are off; unknown fields are dropped', () => {
    expect(parseMainWorldState('{"pauseAutoplay":true,"extra":1}')).toStrictEqual({
      siteMotion: false,
      pauseAutoplay: true,
      reduceMotion: false,
    });
    expect(parseMainWorldState('{}')).toStrictEqual(MAIN_WORLD_OFF);
  });

  it.each<[string, string]>([
    ['strings', '{"siteMotion":"true","pauseAutoplay":"yes","reduceMotion":"1"}'],
    ['numbers', '{"siteMotion":1,"pauseAutoplay":1,"reduceMotion":1}'],
    ['objects', '{"siteMotion":{},"pauseAutoplay":[],"reduceMotion":{"on":true}}'],
  ])('only a real true switches something on (%s are off)', (_, detail) => {
    expect(parseMainWorldState(detail)).toStrictEqual(MAIN_WORLD_OFF);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['an object (not a string)', { siteMotion: true, pauseAutoplay: true, reduceMotion: true }],
    ['a number', 1],
    ['invalid JSON', '{siteMotion:true'],
    ['empty string', ''],
    ['JSON null', 'null'],
  ])('%s -> null', (_, detail) => {
    expect(parseMainWorldState(detail)).toBeNull();
  });

  it.each(['5', '"on"', '[true,true,true]', 'true'])('a JSON %s that is not an object never switches anything on', (detail) => {
    const parsed = parseMainWorldState(detail);
    expect(parsed === null || JSON.stringify(parsed) === JSON.stringify(MAIN_WORLD_OFF)).toBe(true);
  });

  it('MAIN_WORLD_OFF is all off, and the event has a namespaced name', () => {
    expect(MAIN_WORLD_OFF).toStrictEqual({ siteMotion: false, pauseAutoplay: false, reduceMotion: false });
    expect(MAIN_WORLD_EVENT).toMatch(/^penumbra:/);
  });
});
