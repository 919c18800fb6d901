import { registerMessages } from '../../i18n/i18n';

registerMessages({
  en: {
    'status.outside.reloaded':
      'The project was changed by another program; the views were reloaded and undo no longer reaches back past that change.',
    'status.readonly.title': 'Read-only',
    'status.readonly.file-read-only':
      'This project is open read-only: the file {name} cannot be written. Reading, searching and exporting work, but changes cannot be saved. To work on it, copy it to a folder of your own or fix its permissions, then open it again.',
    'status.readonly.folder-read-only':
      'This project is open read-only: the folder holding {name} cannot be written (the project keeps a journal beside the file while saving). Reading, searching and exporting work, but changes cannot be saved. To work on it, move it to a folder of your own, then open it again.',
    'status.readonly.damaged':
      '{name} is damaged, so it is open read-only and nothing more is written to it. What is not damaged can still be read, searched and exported.',
    'status.readonly.found': 'What was found: {detail}',
    'status.readonly.checksums':
      'The text of {documents} no longer matches the checksum stored when it was imported: the file was changed on disk.',
    'status.readonly.technical': 'Details (from SQLite): {detail}',
    'status.readonly.backup':
      'The newest good backup is {backup}. To restore it, close this window, then run this command in a terminal:',
    'status.readonly.no-backup':
      'No good backup was found beside the project. Export what you need (quote matrix, codebook, REFI-QDA project) before anything else.',
    'status.readonly.command': 'Command that restores the backup',
    'status.copy': 'Copy',
    'status.copied': 'Copied',
    'status.storage.synced':
      'This project is in a folder synced by {provider} ({folder}). Sync programs copy a project while it is being changed, which can damage it or lose your latest work. Keep the project on this computer, outside synced folders, and share exports or backups instead.',
    'status.storage.network':
      'This project is on a network drive ({provider}: {folder}). A project file used over the network can be damaged. Keep the project on this computer and share exports or backups instead.',
    'status.storage.dismiss': 'I understand',
  },
  da: {
    'status.outside.reloaded':
      'Projektet blev ændret af et andet program; visningerne er genindlæst, og Fortryd rækker ikke længere tilbage før den ændring.',
    'status.readonly.title': 'Skrivebeskyttet',
    'status.readonly.file-read-only':
      'Projektet er åbnet skrivebeskyttet: filen {name} kan ikke skrives. Du kan læse, søge og eksportere, men ændringer kan ikke gemmes. For at arbejde i det skal du kopiere det til en mappe, du selv ejer, eller rette filens rettigheder og så åbne det igen.',
    'status.readonly.folder-read-only':
      'Projektet er åbnet skrivebeskyttet: mappen med {name} kan ikke skrives (projektet fører en journal ved siden af filen, mens det gemmer). Du kan læse, søge og eksportere, men ændringer kan ikke gemmes. For at arbejde i det skal du flytte det til en mappe, du selv ejer, og så åbne det igen.',
    'status.readonly.damaged':
      '{name} er beskadiget, så det er åbnet skrivebeskyttet, og der skrives ikke mere i det. Det, der ikke er beskadiget, kan stadig læses, søges i og eksporteres.',
    'status.readonly.found': 'Det blev fundet: {detail}',
    'status.readonly.checksums':
      'Teksten i {documents} passer ikke længere med den kontrolsum, der blev gemt ved importen: filen er blevet ændret på disken.',
    'status.readonly.technical': 'Detaljer (fra SQLite): {detail}',
    'status.readonly.backup':
      'Den nyeste gode sikkerhedskopi er {backup}. For at gendanne den skal du lukke dette vindue og så køre denne kommando i en terminal:',
    'status.readonly.no-backup':
      'Der blev ikke fundet nogen god sikkerhedskopi ved siden af projektet. Eksportér det, du har brug for (citatmatrix, kodebog, REFI-QDA-projekt), før du gør noget andet.',
    'status.readonly.command': 'Kommandoen, der gendanner sikkerhedskopien',
    'status.copy': 'Kopiér',
    'status.copied': 'Kopieret',
    'status.storage.synced':
      'Projektet ligger i en mappe, som {provider} synkroniserer ({folder}). Synkroniseringsprogrammer kopierer et projekt, mens det ændres, og det kan beskadige det eller miste dit seneste arbejde. Hold projektet på denne computer uden for synkroniserede mapper, og del eksport eller sikkerhedskopier i stedet.',
    'status.storage.network':
      'Projektet ligger på et netværksdrev ({provider}: {folder}). En projektfil, der bruges over netværket, kan blive beskadiget. Hold projektet på denne computer, og del eksport eller sikkerhedskopier i stedet.',
    'status.storage.dismiss': 'Forstået',
  },
});
