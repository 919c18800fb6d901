import { registerMessages } from '../i18n/i18n';

// Keyed by the core's stable error codes (error.<code>), with variants chosen by details.
registerMessages({
  en: {
    'error.project.read-only':
      'The project is read-only: changes cannot be saved. Reading, searching and exporting still work.',
    'error.project.read-only.file-read-only':
      'The project is read-only: the file {name} cannot be written. Reading, searching and exporting still work, but changes cannot be saved.',
    'error.project.read-only.folder-read-only':
      'The project is read-only: the folder holding {name} cannot be written. Reading, searching and exporting still work, but changes cannot be saved.',
    'error.project.read-only.damaged':
      'The project is read-only because {name} is damaged ({detail}). No good backup was found beside it.',
    'error.project.read-only.damaged.restorable':
      'The project is read-only because {name} is damaged ({detail}). The newest good backup is {backup}.',
    'error.project.read-only.opened-read-only':
      'The project was opened for reading only: changes cannot be saved.',
    'error.project.locked':
      '{name} is open in another Citat window or program ({program}, process {pid}, since {since}). Close it there first.',
    'error.project.busy':
      '{name} is busy: another program is changing it right now. Try again in a moment.',
    'error.project.damaged': '{name} is damaged ({detail}). No good backup was found beside it.',
    'error.project.damaged.restorable':
      '{name} is damaged ({detail}). Restore the newest good backup ({backup}) with: {command}',
    'error.disk.full':
      'The disk holding {name} is full. Nothing was changed: free some space and try again.',
    'error.project.io-error':
      '{name} could not be read or written (a disk or network error). Nothing was changed.',
    'error.project.cannot-open': '{name} cannot be opened.',
    'error.file.no-permission': 'You do not have permission to open {name}.',
    'error.file.not-found': '{name} was not found.',
    'error.file.is-folder': '{name} is a folder, not a file.',
    'error.file.read-only-medium': '{name} is on a read-only disk or share and cannot be written.',
    'error.backup.failed-check':
      'The backup of {name} failed its check, so the project itself may be damaged. Run “citat check” on it.',
    'error.network':
      'The connection to the project was lost, so nothing was saved. Is Citat (or citat serve) still running?',
    'error.document.empty-name': 'A document name cannot be empty.',
    'error.document.name-taken': 'Another document already has this name.',
    'error.code.empty-name': 'A code name cannot be empty.',
    'error.code.long-name': 'A code name can have at most 200 characters.',
    'error.code.name-taken': 'A code with this name already exists at this level.',
    'error.speaker.empty-label': 'A speaker label cannot be empty.',
    'error.speaker.label-taken': 'Another speaker already has this label.',
    'error.attribute.not-a-number':
      'This attribute holds numbers: write a number such as 42, 3.5 or 3,5.',
    'error.case.exists': 'A case with this name already exists.',
    'error.case.empty-name': 'A case name cannot be empty.',
    'error.coder.empty-name': 'A coder name cannot be empty.',
    'error.group.empty-name': 'A code group name cannot be empty.',
    'error.group.long-name': 'A code group name can have at most 200 characters.',
    'error.group.name-taken': 'A code group named “{name}” already exists.',
    'error.group.not-found': 'This code group no longer exists.',
    'error.coding.not-found': 'This coding no longer exists.',
    'error.matrix.rows-and-group':
      'The rows are either the codes below a code or the codes of a group, not both.',
  },
  da: {
    'error.project.read-only':
      'Projektet er skrivebeskyttet: ændringer kan ikke gemmes. Du kan stadig læse, søge og eksportere.',
    'error.project.read-only.file-read-only':
      'Projektet er skrivebeskyttet: filen {name} kan ikke skrives. Du kan stadig læse, søge og eksportere, men ændringer kan ikke gemmes.',
    'error.project.read-only.folder-read-only':
      'Projektet er skrivebeskyttet: mappen med {name} kan ikke skrives. Du kan stadig læse, søge og eksportere, men ændringer kan ikke gemmes.',
    'error.project.read-only.damaged':
      'Projektet er skrivebeskyttet, fordi {name} er beskadiget ({detail}). Der blev ikke fundet nogen god sikkerhedskopi ved siden af.',
    'error.project.read-only.damaged.restorable':
      'Projektet er skrivebeskyttet, fordi {name} er beskadiget ({detail}). Den nyeste gode sikkerhedskopi er {backup}.',
    'error.project.read-only.opened-read-only':
      'Projektet er kun åbnet til læsning: ændringer kan ikke gemmes.',
    'error.project.locked':
      '{name} er åbent i et andet Citat-vindue eller program ({program}, proces {pid}, siden {since}). Luk det der først.',
    'error.project.busy':
      '{name} er optaget: et andet program ændrer det lige nu. Prøv igen om et øjeblik.',
    'error.project.damaged':
      '{name} er beskadiget ({detail}). Der blev ikke fundet nogen god sikkerhedskopi ved siden af.',
    'error.project.damaged.restorable':
      '{name} er beskadiget ({detail}). Gendan den nyeste gode sikkerhedskopi ({backup}) med: {command}',
    'error.disk.full':
      'Disken med {name} er fuld. Intet blev ændret: frigør noget plads, og prøv igen.',
    'error.project.io-error':
      '{name} kunne ikke læses eller skrives (en disk- eller netværksfejl). Intet blev ændret.',
    'error.project.cannot-open': '{name} kan ikke åbnes.',
    'error.file.no-permission': 'Du har ikke tilladelse til at åbne {name}.',
    'error.file.not-found': '{name} blev ikke fundet.',
    'error.file.is-folder': '{name} er en mappe, ikke en fil.',
    'error.file.read-only-medium':
      '{name} ligger på en skrivebeskyttet disk eller et skrivebeskyttet drev og kan ikke skrives.',
    'error.backup.failed-check':
      'Sikkerhedskopien af {name} bestod ikke sin kontrol, så selve projektet kan være beskadiget. Kør “citat check” på det.',
    'error.network':
      'Forbindelsen til projektet blev afbrudt, så intet blev gemt. Kører Citat (eller citat serve) stadig?',
    'error.document.empty-name': 'Et dokumentnavn kan ikke være tomt.',
    'error.document.name-taken': 'Et andet dokument har allerede dette navn.',
    'error.code.empty-name': 'Et kodenavn kan ikke være tomt.',
    'error.code.long-name': 'Et kodenavn kan højst have 200 tegn.',
    'error.code.name-taken': 'Der findes allerede en kode med dette navn på dette niveau.',
    'error.speaker.empty-label': 'En talerbetegnelse kan ikke være tom.',
    'error.speaker.label-taken': 'En anden taler har allerede denne betegnelse.',
    'error.attribute.not-a-number':
      'Denne attribut indeholder tal: skriv et tal som 42, 3,5 eller 3.5.',
    'error.case.exists': 'Der findes allerede en case med dette navn.',
    'error.case.empty-name': 'Et casenavn kan ikke være tomt.',
    'error.coder.empty-name': 'Et kodernavn kan ikke være tomt.',
    'error.group.empty-name': 'Et navn på en kodegruppe kan ikke være tomt.',
    'error.group.long-name': 'Et navn på en kodegruppe kan højst have 200 tegn.',
    'error.group.name-taken': 'Der findes allerede en kodegruppe med navnet “{name}”.',
    'error.group.not-found': 'Denne kodegruppe findes ikke længere.',
    'error.coding.not-found': 'Denne kodning findes ikke længere.',
    'error.matrix.rows-and-group':
      'Rækkerne er enten koderne under en kode eller koderne i en gruppe, ikke begge.',
  },
});
