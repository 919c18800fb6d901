import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { setAnchor, useIsAnchor } from './anchor-actions';
import './messages';

/**
 * "Anchor example" on or off for one coding (an undo step each time), where a quote is
 * shown: the coding popover and the coded quotes list.
 */
export function AnchorToggle({
  codeId,
  codingId,
  codeName,
}: {
  codeId: string;
  codingId: string;
  codeName: string;
}) {
  const t = useT();
  const anchor = useIsAnchor(codeId, codingId);
  const readOnly = useReadOnly();
  return (
    <label
      className={anchor ? 'anchor-toggle on' : 'anchor-toggle'}
      title={t('codebook.anchor.title', { name: codeName })}
      onClick={(e) => e.stopPropagation()}
    >
      <input
        type="checkbox"
        checked={anchor}
        disabled={readOnly}
        data-testid="coding-anchor"
        onChange={(e) => void setAnchor(codeId, codingId, e.target.checked)}
      />
      {t('codebook.anchor.label')}
    </label>
  );
}
