import type { StorageWarning } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useProjectStore } from '../../stores/project-store';
import './messages';

/** Once per folder: a project in a synced or network folder is at risk; dismissing records it. */
export function StorageBanner({ warning }: { warning: StorageWarning }) {
  const t = useT();
  return (
    <section
      className="status-banner status-banner-info"
      role="status"
      data-testid="storage-banner"
      data-kind={warning.kind}
    >
      <p className="status-banner-body">
        ⚠{' '}
        {t(`status.storage.${warning.kind}`, {
          provider: warning.provider,
          folder: warning.folder,
        })}
      </p>
      <button
        type="button"
        data-testid="storage-dismiss"
        onClick={() => void useProjectStore.getState().dismissStorageWarning()}
      >
        {t('status.storage.dismiss')}
      </button>
    </section>
  );
}
