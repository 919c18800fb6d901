import { registerMessages } from '../i18n/i18n';

registerMessages({
  en: {
    'autosave.saving': 'Saving…',
    'autosave.saved': 'All changes are saved',
    'autosave.saved.title': 'Everything you type is saved as you go; there is no Save button.',
    'autosave.failed': 'Not saved',
    'autosave.failed.count': 'Not saved ({count} fields)',
    'autosave.retry': 'Try again',
    'autosave.readOnly': 'Read-only',
    'autosave.readOnly.title': 'This project is open read-only: changes cannot be saved.',
    'autosave.field.saving': 'Saving…',
    'autosave.field.saved': 'Saved',
    'autosave.hint': 'Everything here is saved as you type.',
  },
  da: {
    'autosave.saving': 'Gemmer…',
    'autosave.saved': 'Alle ændringer er gemt',
    'autosave.saved.title': 'Alt, hvad du skriver, gemmes løbende; der er ingen Gem-knap.',
    'autosave.failed': 'Ikke gemt',
    'autosave.failed.count': 'Ikke gemt ({count} felter)',
    'autosave.retry': 'Prøv igen',
    'autosave.readOnly': 'Skrivebeskyttet',
    'autosave.readOnly.title': 'Projektet er åbnet skrivebeskyttet: ændringer kan ikke gemmes.',
    'autosave.field.saving': 'Gemmer…',
    'autosave.field.saved': 'Gemt',
    'autosave.hint': 'Alt her gemmes, mens du skriver.',
  },
});
