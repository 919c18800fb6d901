import { describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS, AutosaveField } from '../../../../src/renderer/autosave/autosave-field';
import { AutosaveRegistry } from '../../../../src/renderer/autosave/autosave-registry';
import { FakeClock, FakeSave, sessionKeys, settle } from './fake-save';

function setup() {
  const registry = new AutosaveRegistry();
  const clock = new FakeClock();
  const saves = new FakeSave<string>();
  const make = (initial = '') =>
    new AutosaveField<string>({
      initial,
      save: saves.save,
      timers: clock,
      newSession: sessionKeys(),
    });
  return { registry, clock, saves, make };
}

describe('AutosaveRegistry', () => {
  it('sums up all fields: saving while anything is unsaved, failed while anything was refused', async () => {
    const { registry, clock, saves, make } = setup();
    const memo = registry.obtain('memo', () => make());
    const name = registry.obtain('name', () => make('Risiko'));
    registry.attach('memo', memo);
    registry.attach('name', name);
    expect(registry.summary.status).toBe('saved');

    memo.change('typing');
    expect(registry.summary.status).toBe('saving');
    clock.advance(AUTOSAVE_DELAY_MS);
    saves.last().resolve();
    await settle();
    expect(registry.summary.status).toBe('saved');

    name.change('Samskabelse');
    void name.flush();
    const refusal = { code: 'code.name-taken' };
    saves.last().reject(refusal);
    await settle();
    expect(registry.summary).toEqual({ status: 'failed', error: refusal, failed: 1 });
    expect(registry.hasRefused).toBe(true);
  });

  it('saves a field whose component goes away, and hands the same text to the next one', async () => {
    const { registry, saves, make } = setup();
    const first = registry.obtain('coding-memo:1', () => make());
    registry.attach('coding-memo:1', first);
    first.change('typed, then the popover closed');
    const detached = registry.detach('coding-memo:1', first);
    expect(saves.values).toEqual(['typed, then the popover closed']);

    // Reopened before the save came back: the same field, with the text.
    const again = registry.obtain('coding-memo:1', () => make('stale'));
    expect(again).toBe(first);
    expect(again.snapshot.value).toBe('typed, then the popover closed');
    registry.attach('coding-memo:1', again);
    saves.last().resolve();
    await detached;
    expect(registry.get('coding-memo:1')).toBe(first);

    // Closed for good and saved: let go.
    await registry.detach('coding-memo:1', again);
    expect(registry.get('coding-memo:1')).toBeUndefined();
  });

  it('keeps a refused text after its component is gone, until it is saved', async () => {
    const { registry, saves, make } = setup();
    const field = registry.obtain('speaker:1:label', () => make('JKM'));
    registry.attach('speaker:1:label', field);
    field.change('TC');
    const detached = registry.detach('speaker:1:label', field);
    saves.last().reject({ code: 'speaker.label-taken' });
    expect(await detached).toBe(false);
    expect(registry.get('speaker:1:label')?.snapshot.value).toBe('TC');
    expect(registry.summary.status).toBe('failed');

    saves.autoSettle = 'resolve';
    expect(await registry.retryFailed()).toBe(true);
    await settle();
    expect(registry.get('speaker:1:label')).toBeUndefined();
    expect(registry.summary.status).toBe('saved');
  });

  it('flushes every field at once (view change, window close) and says whether all is saved', async () => {
    const { registry, saves, make } = setup();
    const a = registry.obtain('a', () => make());
    const b = registry.obtain('b', () => make());
    registry.attach('a', a);
    registry.attach('b', b);
    a.change('one');
    b.change('two');
    const all = registry.flushAll();
    expect(saves.values.sort()).toEqual(['one', 'two']);
    saves.calls[0]!.resolve();
    saves.calls[1]!.reject(new Error('disk full'));
    expect(await all).toBe(false);
  });

  it('sends everything unsaved right away when the page goes', () => {
    const { registry, saves, make } = setup();
    const a = registry.obtain('a', () => make());
    registry.attach('a', a);
    a.change('typed just before the reload');
    registry.sendAllNow();
    expect(saves.values).toEqual(['typed just before the reload']);
  });
});
