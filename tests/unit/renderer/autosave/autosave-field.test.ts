import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  AutosaveField,
  ValidationError,
} from '../../../../src/renderer/autosave/autosave-field';
import { FakeClock, FakeSave, sessionKeys, settle } from './fake-save';

function makeField(options: { initial?: string; delayMs?: number | null } = {}) {
  const clock = new FakeClock();
  const saves = new FakeSave<string>();
  const field = new AutosaveField<string>({
    initial: options.initial ?? '',
    save: saves.save,
    delayMs: options.delayMs,
    timers: clock,
    newSession: sessionKeys(),
    validate: (value) => (value.includes('!') ? 'test.no-bang' : null),
  });
  return { clock, saves, field };
}

describe('AutosaveField', () => {
  it('saves once after a pause in typing, with the newest text', async () => {
    const { clock, saves, field } = makeField();
    field.change('M');
    clock.advance(AUTOSAVE_DELAY_MS - 100);
    field.change('Me');
    clock.advance(AUTOSAVE_DELAY_MS - 100);
    field.change('Memo');
    expect(saves.calls).toHaveLength(0);
    expect(field.status).toBe('pending');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(saves.values).toEqual(['Memo']);
    expect(field.status).toBe('saving');
    saves.last().resolve();
    await settle();
    expect(field.status).toBe('saved');
    expect(field.snapshot.savedOnce).toBe(true);
  });

  it('saves at once when flushed, and not again when the pause would have ended', async () => {
    const { clock, saves, field } = makeField();
    field.change('typed and closed');
    saves.autoSettle = 'resolve';
    expect(await field.flush()).toBe(true);
    expect(saves.values).toEqual(['typed and closed']);
    clock.advance(AUTOSAVE_DELAY_MS * 2);
    expect(saves.calls).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });

  it('never has two saves of one field in flight, and the last text wins', async () => {
    const { clock, saves, field } = makeField();
    field.change('one');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(saves.values).toEqual(['one']);
    field.change('one two');
    field.change('one two three');
    const flushed = field.flush();
    await settle();
    // Still waiting for the first save: nothing else was sent.
    expect(saves.values).toEqual(['one']);
    saves.calls[0]!.resolve();
    await settle();
    expect(saves.values).toEqual(['one', 'one two three']);
    saves.calls[1]!.resolve();
    expect(await flushed).toBe(true);
    expect(field.snapshot.value).toBe('one two three');
    expect(field.dirty).toBe(false);
  });

  it('sends nothing when the text is back to what is stored', () => {
    const { clock, saves, field } = makeField({ initial: 'kept' });
    field.change('kept, changed');
    field.change('kept');
    clock.advance(AUTOSAVE_DELAY_MS * 2);
    expect(saves.calls).toHaveLength(0);
    expect(field.status).toBe('saved');
  });

  it('gives every save of one stretch of editing the same edit session, and the next a new one', async () => {
    const { clock, saves, field } = makeField();
    saves.autoSettle = 'resolve';
    field.change('a');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    field.change('ab');
    clock.advance(AUTOSAVE_DELAY_MS);
    await settle();
    field.change('abc');
    await field.endSession();
    field.change('abcd');
    await field.endSession();
    expect(saves.values).toEqual(['a', 'ab', 'abc', 'abcd']);
    expect(saves.sessions).toEqual(['edit-1', 'edit-1', 'edit-1', 'edit-2']);
  });

  it('saves text typed before a blur under that stretch’s key, even when it waited for a save', async () => {
    const { clock, saves, field } = makeField();
    field.change('first');
    clock.advance(AUTOSAVE_DELAY_MS);
    field.change('first words');
    const ended = field.endSession();
    saves.calls[0]!.resolve();
    await settle();
    expect(saves.values).toEqual(['first', 'first words']);
    saves.calls[1]!.resolve();
    expect(await ended).toBe(true);
    field.change('first words, later');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(saves.sessions).toEqual(['edit-1', 'edit-1', 'edit-2']);
  });

  it('keeps refused text in the field with the reason, and does not resend it until it changes', async () => {
    const { saves, field } = makeField({ initial: 'Risiko' });
    field.change('Samskabelse');
    const flushed = field.flush();
    const refusal = { code: 'code.name-taken' };
    saves.last().reject(refusal);
    expect(await flushed).toBe(false);
    expect(field.status).toBe('failed');
    expect(field.snapshot.value).toBe('Samskabelse');
    expect(field.snapshot.error).toBe(refusal);

    expect(await field.flush()).toBe(false);
    expect(saves.calls).toHaveLength(1);

    saves.autoSettle = 'resolve';
    expect(await field.retry()).toBe(true);
    expect(saves.calls).toHaveLength(2);
    expect(field.status).toBe('saved');
  });

  it('sends an edited text again after a refusal', async () => {
    const { clock, saves, field } = makeField();
    field.change('x');
    clock.advance(AUTOSAVE_DELAY_MS);
    saves.last().reject(new Error('busy'));
    await settle();
    expect(field.status).toBe('failed');
    field.change('xy');
    expect(field.status).toBe('pending');
    clock.advance(AUTOSAVE_DELAY_MS);
    expect(saves.values).toEqual(['x', 'xy']);
  });

  it('does not send a value that fails validation, and says why', async () => {
    const { clock, saves, field } = makeField();
    field.change('no!');
    clock.advance(AUTOSAVE_DELAY_MS * 2);
    expect(await field.flush()).toBe(false);
    expect(saves.calls).toHaveLength(0);
    expect(field.status).toBe('failed');
    expect(field.snapshot.error).toBeInstanceOf(ValidationError);
    expect((field.snapshot.error as ValidationError).code).toBe('test.no-bang');
  });

  it('with no pause set, saves only when flushed', async () => {
    const { clock, saves, field } = makeField({ delayMs: null });
    field.change('New name');
    clock.advance(AUTOSAVE_DELAY_MS * 10);
    expect(saves.calls).toHaveLength(0);
    saves.autoSettle = 'resolve';
    expect(await field.endSession()).toBe(true);
    expect(saves.values).toEqual(['New name']);
  });

  it('shows a value stored elsewhere at once, but not over text being edited', async () => {
    const { saves, field } = makeField({ initial: 'old' });
    field.offer('after undo');
    expect(field.snapshot.value).toBe('after undo');

    field.change('typing');
    field.offer('from another window');
    expect(field.snapshot.value).toBe('typing');
    saves.autoSettle = 'resolve';
    await field.endSession();
    expect(field.snapshot.value).toBe('typing');
    field.offer('typing, as stored');
    expect(field.snapshot.value).toBe('typing, as stored');
  });

  it('drops unsaved text on discard', () => {
    const { clock, saves, field } = makeField({ initial: 'Risiko' });
    field.change('Risik');
    field.discard();
    clock.advance(AUTOSAVE_DELAY_MS * 2);
    expect(saves.calls).toHaveLength(0);
    expect(field.snapshot.value).toBe('Risiko');
    expect(field.status).toBe('saved');
  });

  it('sends unsaved text right away when the page goes, even beside a save in flight', () => {
    const { clock, saves, field } = makeField();
    field.change('one');
    clock.advance(AUTOSAVE_DELAY_MS);
    field.change('one two');
    field.sendNow();
    expect(saves.values).toEqual(['one', 'one two']);
    expect(saves.sessions).toEqual(['edit-1', 'edit-1']);
  });
});
