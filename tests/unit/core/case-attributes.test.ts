import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { newProject } from '../../helpers/temp-project';

describe('number attributes of cases', () => {
  it('read a decimal comma as Danish users type it, and store the number with a full stop', async () => {
    const project = newProject();
    const aalborg = await invoke(project, 'cases.create', { name: 'Aalborg' });
    await invoke(project, 'cases.setAttribute', {
      caseId: aalborg.id,
      attribute: 'Indbyggere (mio.)',
      value: '0,22',
      valueType: 'number',
    });
    const [value] = await invoke(project, 'cases.attributeValues', {});
    expect(value!.value).toBe('0.22');
  });

  it('refuse what is not a number, with or without a comma', async () => {
    const project = newProject();
    const odense = await invoke(project, 'cases.create', { name: 'Odense' });
    for (const text of ['to', '1,2,3', '1.2,3']) {
      await expect(
        invoke(project, 'cases.setAttribute', {
          caseId: odense.id,
          attribute: 'Ansatte',
          value: text,
          valueType: 'number',
        }),
      ).rejects.toMatchObject({ code: 'attribute.not-a-number' });
    }
  });
});
