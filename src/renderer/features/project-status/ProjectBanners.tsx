import { useProjectStore } from '../../stores/project-store';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { StorageBanner } from './StorageBanner';
import './project-status.css';

/** Under the top bar: why the project is read-only, and the synced-folder warning. */
export function ProjectBanners() {
  const info = useProjectStore((s) => s.info);
  if (!info) return null;
  const { access, storageWarning } = info;
  if (access.mode === 'read-write' && !storageWarning) return null;
  return (
    <div className="status-banners">
      {access.mode === 'read-only' && <ReadOnlyBanner access={access} name={info.name} />}
      {storageWarning && <StorageBanner warning={storageWarning} />}
    </div>
  );
}
