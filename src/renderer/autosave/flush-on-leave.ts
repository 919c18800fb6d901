/**
 * Nothing typed is lost when the page goes away. Hidden (tab switch, minimised, and the
 * first step of closing): everything unsaved is sent, surviving an unload. Pagehide (reload,
 * tab closed): whatever is still unsaved is sent at once, as nothing can be awaited now.
 * The desktop app's window waits for its own flush before closing (see desktop-bridge).
 */
import { withKeepalive } from '../api/client';
import { autosaves } from './autosave-registry';

export function flushOnLeave(options: { askBeforeLeavingUnsaved: boolean }): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') withKeepalive(() => void autosaves.flushAll());
  };
  const onPageHide = () => withKeepalive(() => autosaves.sendAllNow());
  // Text the core refused would be gone after leaving; the browser then asks first.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (options.askBeforeLeavingUnsaved && autosaves.hasRefused) event.preventDefault();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
