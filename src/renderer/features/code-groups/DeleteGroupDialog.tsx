import type { CodeGroup } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../documents/ConfirmDialog';
import { pluralKey } from '../documents/plural';
import './messages';

/** Asked before deleting a group that has codes (the codes themselves stay). */
export function DeleteGroupDialog({
  group,
  onConfirm,
  onClose,
}: {
  group: CodeGroup;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('groups.delete.title', { name: group.name })}
      confirmLabel={t('groups.delete.confirm')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p data-testid="group-delete-summary">
        {t(pluralKey('groups.delete.body', group.codeIds.length), {
          count: group.codeIds.length,
        })}
      </p>
    </ConfirmDialog>
  );
}
