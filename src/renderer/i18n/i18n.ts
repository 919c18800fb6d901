/**
 * UI text in English and Danish. Each feature registers its own messages (so features
 * never edit a shared dictionary); the language follows the system and can be switched.
 */
import { create } from 'zustand';

export type Language = 'en' | 'da';
export type Messages = Record<string, string>;

const dictionaries: Record<Language, Messages> = { en: {}, da: {} };

/** Registers a feature's messages; keys must be unique across features (prefix them). */
export function registerMessages(messages: Record<Language, Messages>): void {
  Object.assign(dictionaries.en, messages.en);
  Object.assign(dictionaries.da, messages.da);
}

function systemLanguage(): Language {
  const stored = globalThis.localStorage?.getItem('citat.language');
  if (stored === 'en' || stored === 'da') return stored;
  return (globalThis.navigator?.language ?? 'en').toLowerCase().startsWith('da') ? 'da' : 'en';
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const initialLanguage = systemLanguage();
// The page says which language it is in from the start (screen readers, hyphenation, quotes).
if (globalThis.document) document.documentElement.lang = initialLanguage;

export const useLanguageStore = create<LanguageState>((set) => ({
  language: initialLanguage,
  setLanguage(language) {
    globalThis.localStorage?.setItem('citat.language', language);
    document.documentElement.lang = language;
    set({ language });
  },
}));

/** Whether a message is registered for `key` (so a caller can fall back to other text). */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(dictionaries.en, key);
}

/** Looks up `key`, filling `{name}` placeholders; falls back to English, then the key. */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = dictionaries[language][key] ?? dictionaries.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function useT(): (key: string, params?: Record<string, string | number>) => string {
  const language = useLanguageStore((s) => s.language);
  return (key, params) => translate(language, key, params);
}

/** Numbers the way the UI language writes them ("1,983" / "1.983"). */
export function useFormatNumber(): (value: number) => string {
  const language = useLanguageStore((s) => s.language);
  return (value) => new Intl.NumberFormat(language).format(value);
}
