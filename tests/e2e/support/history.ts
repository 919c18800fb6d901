/** The project's undo history as the UI's undo button sees it (history.list through the API). */
import { invoke } from '../../../src/main/backend/api/dispatch';
import type { E2eSession } from './session';

/** Labels of the steps that can be undone, oldest first. */
export async function doneSteps(session: E2eSession): Promise<string[]> {
  const steps = await invoke(session.project, 'history.list', {});
  return steps
    .filter((s) => s.state === 'done')
    .sort((a, b) => a.id - b.id)
    .map((s) => s.label);
}

/** What a spec does to the project, and the undo steps that added: one per edit. */
export async function stepsAdded(
  session: E2eSession,
  action: () => Promise<void>,
): Promise<string[]> {
  const before = (await doneSteps(session)).length;
  await action();
  return (await doneSteps(session)).slice(before);
}
