/**
 * What a refused call says to the user, in the UI's language: worded here from the
 * error's stable code and its details, so the core's English (kept for logs and the CLI)
 * only shows when no wording exists for a code.
 */
import { hasMessage, translate, type Language } from '../i18n/i18n';
import './messages';

interface CodedError {
  code: string;
  message?: string;
  details?: Record<string, string | number>;
}

function isCoded(err: unknown): err is CodedError {
  return (
    typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
  );
}

/** The message keys to try for a code, most specific first. */
export function errorKeys(code: string, details: Record<string, string | number> = {}): string[] {
  const keys: string[] = [];
  if (code === 'project.read-only' && typeof details.reason === 'string')
    keys.push(
      details.reason === 'damaged' && details.command
        ? 'error.project.read-only.damaged.restorable'
        : `error.project.read-only.${details.reason}`,
    );
  if (code === 'project.damaged' && details.command) keys.push('error.project.damaged.restorable');
  keys.push(`error.${code}`);
  return keys;
}

/** "since" arrives as an ISO time; people read a clock time (or a date and time). */
function formatSince(since: string, language: Language, now: Date): string {
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) return since;
  const time = date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString(language)} ${time}`;
}

export function errorText(err: unknown, language: Language, now = new Date()): string {
  if (isCoded(err)) {
    const details = { ...(err.details ?? {}) };
    if (typeof details.since === 'string')
      details.since = formatSince(details.since, language, now);
    const key = errorKeys(err.code, details).find((k) => hasMessage(k));
    if (key) return translate(language, key, details);
  }
  if (err instanceof TypeError && /fetch|network/i.test(err.message))
    return translate(language, 'error.network');
  if (err instanceof Error) return err.message;
  return String(err);
}
