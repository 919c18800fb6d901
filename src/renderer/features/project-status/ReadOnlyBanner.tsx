import type { ProjectAccess } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { CopyableCommand } from './CopyableCommand';
import './messages';

type ReadOnly = Extract<ProjectAccess, { mode: 'read-only' }>;

/**
 * What was found, in the UI's language where Citat knows it (texts that fail their
 * checksum); SQLite's own findings exist only in its English and are shown as details.
 */
function DamageFound({ access }: { access: ReadOnly }) {
  const t = useT();
  const documents = access.damagedDocuments.map((name) => `»${name}«`).join(', ');
  const technical = access.pageProblems.join('; ');
  return (
    <div className="status-detail" data-testid="read-only-detail">
      {documents && <p>{t('status.readonly.checksums', { documents })}</p>}
      {technical && <p>{t('status.readonly.technical', { detail: technical })}</p>}
    </div>
  );
}

/**
 * Why the project is open read-only, and what to do: for a damaged project what was
 * found, the newest good backup and the command that restores it (to copy); for a file
 * or folder that cannot be written, that reading, searching and exporting still work.
 */
export function ReadOnlyBanner({ access, name }: { access: ReadOnly; name: string }) {
  const t = useT();
  return (
    <section
      className="status-banner status-banner-warning"
      role="alert"
      data-testid="read-only-banner"
      data-reason={access.reason}
    >
      <strong className="status-banner-title">⚠ {t('status.readonly.title')}</strong>
      <div className="status-banner-body">
        <p>{t(`status.readonly.${access.reason}`, { name })}</p>
        {access.reason === 'damaged' && (
          <>
            <DamageFound access={access} />
            {access.newestGoodBackup && access.restoreCommand ? (
              <>
                <p>{t('status.readonly.backup', { backup: access.newestGoodBackup })}</p>
                <CopyableCommand
                  command={access.restoreCommand}
                  label={t('status.readonly.command')}
                />
              </>
            ) : (
              <p>{t('status.readonly.no-backup')}</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
