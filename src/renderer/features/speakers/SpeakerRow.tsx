import type { SpeakerSummary } from '@shared/api/types';
import type { Case } from '@shared/domain/entities';
import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { EditableCell } from './EditableCell';
import { CaseSelect } from './CaseSelect';
import { useSpeakersStore } from './speakers-store';
import { lacksLegendName, speakerFieldUpdate, type SpeakerTextField } from './speaker-fields';
import './messages';

const DESCRIPTION_FIELDS: SpeakerTextField[] = ['name', 'title', 'organisation'];

/** One speaker: the label with its turns and interviewer flag, then the legend fields and case. */
export function SpeakerRow({
  speaker,
  cases,
  warningId,
}: {
  speaker: SpeakerSummary;
  cases: Case[];
  /** The id of the warning that explains a missing full name. */
  warningId: string;
}) {
  const t = useT();
  const { updateSpeaker, saveSpeaker } = useSpeakersStore();
  const warn = lacksLegendName(speaker);
  const readOnly = useReadOnly();
  const save = (field: SpeakerTextField) => async (draft: string, editSession: string) => {
    const update = speakerFieldUpdate(speaker, field, draft);
    if (update) await saveSpeaker(speaker.id, update, editSession);
  };

  return (
    <tr
      className={warn ? 'speakers-row-warning' : undefined}
      data-testid="speaker-row"
      data-label={speaker.label}
    >
      <td className="speakers-cell-label">
        <EditableCell
          fieldKey={`speaker:${speaker.id}:label`}
          value={speaker.label}
          label={t('speakers.edit.label', { label: speaker.label })}
          testId="speaker-label"
          validate={(draft) => (draft.trim() ? null : 'speaker.empty-label')}
          save={save('label')}
        />
        <div className="speakers-meta">
          {t('speakers.turns', {
            count: speaker.turnCount,
            documents: speaker.documentNames.join(', '),
          })}
        </div>
        <label className="speakers-interviewer">
          <input
            type="checkbox"
            checked={speaker.isInterviewer}
            disabled={readOnly}
            data-testid="speaker-interviewer"
            onChange={(e) => void updateSpeaker(speaker.id, { isInterviewer: e.target.checked })}
          />
          <span className="visually-hidden">{speaker.label}: </span>
          {t('speakers.interviewer')}
        </label>
      </td>
      {DESCRIPTION_FIELDS.map((field) => {
        const needed = field === 'name' && warn;
        return (
          <td key={field}>
            <EditableCell
              fieldKey={`speaker:${speaker.id}:${field}`}
              value={speaker[field] ?? ''}
              label={t(`speakers.edit.${field}`, { label: speaker.label })}
              testId={`speaker-${field}`}
              warn={needed}
              emptyText={needed ? t('speakers.addName') : '—'}
              describedBy={needed ? warningId : undefined}
              save={save(field)}
            />
          </td>
        );
      })}
      <td>
        <CaseSelect
          cases={cases}
          value={speaker.caseId}
          label={t('speakers.edit.case', { label: speaker.label })}
          testId="speaker-case"
          onChange={(caseId) => void updateSpeaker(speaker.id, { caseId })}
        />
      </td>
    </tr>
  );
}
