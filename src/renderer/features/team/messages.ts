import { registerMessages } from '../../i18n/i18n';

registerMessages({
  en: {
    'team.sections': 'Team and exchange',
    'team.section.exchange': 'Exchange and merge',
    'team.section.agreement': 'Agreement',
    'team.section.disagreements': 'Disagreements',
    'team.report.dismiss': 'Hide this report',

    'team.exchange.heading': 'REFI-QDA project exchange (.qdpx)',
    'team.exchange.intro':
      'Move the whole project — documents, codebook, codings with their coders, cases and memos — to or from NVivo, ATLAS.ti, MAXQDA, QualCoder and other programs that read the REFI-QDA standard. Importing adds to this project; documents already here (same text) are matched, not duplicated, and the import is one undo step.',
    'team.exchange.export': 'Export project as REFI-QDA (.qdpx)',
    'team.exchange.import': 'Import REFI-QDA project (.qdpx)…',
    'team.exchange.exporting': 'Writing the .qdpx file…',
    'team.exchange.importing': 'Importing {file}… large projects take a few seconds.',

    'team.import.done': 'Imported {file}',
    'team.import.doneFrom': 'Imported {file} (written by {origin})',
    'team.import.created': 'Created',
    'team.import.nothing': 'nothing new',
    'team.import.matched': 'Already in the project',
    'team.import.matchedDocument': '{source} → {document} (same text)',
    'team.import.positions': 'Positions read as',
    'team.import.coders': 'Coders',
    'team.import.codersNote':
      'Each coding keeps the user who made it in the file as its coder. Coders in this project now:',
    'team.import.skipped.one': '1 coding in the file was not imported; the reason is listed below.',
    'team.import.skipped.other':
      '{count} codings in the file were not imported; the reasons are listed below.',
    'team.import.notImported': 'Not imported',
    'team.import.warnings': 'Warnings',

    'team.count.documents.one': '1 document',
    'team.count.documents.other': '{count} documents',
    'team.count.codes.one': '1 code',
    'team.count.codes.other': '{count} codes',
    'team.count.codings.one': '1 coding',
    'team.count.codings.other': '{count} codings',
    'team.count.coders.one': '1 coder',
    'team.count.coders.other': '{count} coders',
    'team.count.cases.one': '1 case',
    'team.count.cases.other': '{count} cases',
    'team.count.attributes.one': '1 attribute',
    'team.count.attributes.other': '{count} attributes',
    'team.count.memos.one': '1 memo',
    'team.count.memos.other': '{count} memos',
    'team.count.speakers.one': '1 speaker',
    'team.count.speakers.other': '{count} speakers',

    'team.merge.heading': "Merge a second coder's work",
    'team.merge.intro':
      'Your co-coder coded the same transcripts in their own copy. Bring their codings in, then compare the two of you under Agreement.',
    'team.merge.citat':
      'A Citat project file (.citat): documents are matched by their text, codes by id and then by path; every coding keeps its coder. Documents that are not in this project are listed, never imported.',
    'team.merge.qdpx':
      'A REFI-QDA file (.qdpx) from NVivo, MAXQDA, QualCoder…: imported as a project, with each coding filed under the user who made it in that file.',
    'team.merge.coderName': 'File the codings under (optional)',
    'team.merge.coderName.placeholder': 'the names in the file',
    'team.merge.coderName.hint':
      'For a .citat file only: leave it empty to keep the coder names the file has. A .qdpx file always keeps its users as coders.',
    'team.merge.choose': "Choose the other coder's file (.citat or .qdpx)…",
    'team.merge.running': 'Merging {file}…',
    'team.merge.done': 'Merged {file}',
    'team.merge.codings': 'Codings',
    'team.merge.added.one': '1 coding added',
    'team.merge.added.other': '{count} codings added',
    'team.merge.duplicates.one': '1 already here, skipped',
    'team.merge.duplicates.other': '{count} already here, skipped',
    'team.merge.newCoder': 'new coder',
    'team.merge.matched': 'Documents matched by text',
    'team.merge.noneMatched': 'none — no document of the other file has the same text as one here',
    'team.merge.renamed': '{name} (there: {other})',
    'team.merge.missing': 'Not in this project — not imported',
    'team.merge.codesCreated': 'Codes created',
    'team.merge.curations': 'Printed quote forms copied',
    'team.merge.check': 'Check these',
    'team.merge.check.byPath':
      'Matched by path, but the two projects give them different ids — make sure each means the same code in both: {paths}',
    'team.merge.check.elsewhere':
      '“{path}” here is “{other}” in {file} (same code, renamed or moved).',
    'team.merge.compare': 'Compare the coders →',

    'team.agreement.heading': 'Inter-coder agreement',
    'team.agreement.intro':
      'How far the coders agree, code by code and overall — to find where to talk, not to chase a number. Only documents at least two of the chosen coders coded are compared.',
    'team.agreement.coders': 'Coders',
    'team.agreement.noCoders': 'No coders yet.',
    'team.agreement.level': 'Level',
    'team.agreement.level.character': 'Character (NVivo-style)',
    'team.agreement.level.segment': 'Segment (MAXQDA-style)',
    'team.agreement.overlap': 'Minimum overlap (%)',
    'team.agreement.units': 'Characters counted',
    'team.agreement.units.coded': 'Coded text only',
    'team.agreement.units.coded.title':
      'Characters at least one coder coded with a compared code. Keeps uncoded small talk from inflating percent agreement.',
    'team.agreement.units.all': 'All text (as NVivo)',
    'team.agreement.units.all.title':
      "Every character of the compared documents, as NVivo's coding comparison counts.",
    'team.agreement.export': 'Export table',
    'team.agreement.exportAs': 'Export the agreement table as {format}',
    'team.agreement.computing': 'Computing…',
    'team.agreement.caption': 'Character level · coders: {coders} · documents compared: {count}',
    'team.agreement.captionSegment':
      'Segment level, overlap ≥ {overlap} % · coders: {coders} · documents compared: {count}',
    'team.agreement.noRows': 'No code was used in the compared documents.',
    'team.agreement.overall': 'Overall',
    'team.agreement.actions': 'Actions',
    'team.agreement.showDisagreements': 'Differences',
    'team.agreement.showDisagreementsOf': 'Show where the two coders differ on {code}',
    'team.agreement.allCodes': 'all codes',
    'team.agreement.compared': 'Compared:',
    'team.agreement.comparedNone': 'no document (no document was coded by two of these coders)',
    'team.agreement.excluded': 'Left out:',
    'team.agreement.kappaTwo':
      "Cohen's kappa compares two coders: tick two to see it. Krippendorff's alpha takes any number.",
    'team.agreement.excludedOne': '{document} (coded only by {coders})',

    'team.form.fewCoders': 'Choose at least two coders to compare.',
    'team.form.segmentTwo':
      'The segment level compares exactly two coders: choose two, or use the character level.',
    'team.form.overlap': 'The minimum overlap must be a percentage from 1 to 100.',

    'team.col.code': 'Code',
    'team.col.characters': 'Characters',
    'team.col.both': 'Both',
    'team.col.only': 'Only {coder}',
    'team.col.neither': 'Neither',
    'team.col.agreement': 'Agreement',
    'team.col.pairwiseAgreement': 'Pairwise agreement',
    'team.col.cohenKappa': "Cohen's κ",
    'team.col.alpha': "Krippendorff's α",
    'team.col.segmentsOf': 'Segments {coder}',
    'team.col.agreeing': 'Agreeing',
    'team.col.segments': 'Segments',
    'team.col.bpKappa': 'κ (Brennan & Prediger)',
    'team.help.characters': 'Characters compared for this code.',
    'team.help.both': 'Characters both coders coded with this code.',
    'team.help.only': 'Characters only this coder coded with this code.',
    'team.help.neither': 'Characters neither coder coded with this code.',
    'team.help.agreement': 'Share of characters on which the two coders agree (both or neither).',
    'team.help.pairwiseAgreement': 'Share of agreeing pairs of coders over all characters.',
    'team.help.cohenKappa': 'Agreement corrected for chance from each coder’s share of coded text.',
    'team.help.alpha':
      'Agreement corrected for chance; any number of coders, missing data allowed.',
    'team.help.segmentsOf': 'Segments this coder coded with this code.',
    'team.help.agreeing': 'Segments the other coder matched with the same code and enough overlap.',
    'team.help.segments': 'All segments of both coders.',
    'team.help.segmentAgreement': 'Agreeing segments divided by all segments.',
    'team.help.bpKappa': 'Chance agreement fixed at 1/k, k = codes in the table; overall row only.',

    'team.undefinedNote': 'undefined, see note {mark} below the table',
    'team.why.noUnits': 'Nothing to compare: no characters were counted for this code.',
    'team.why.kappaNoVariation':
      'Undefined: both coders coded every character, or neither coded any. With no variation there is no chance agreement to correct for; the percent agreement already says they agree.',
    'team.why.alphaNoVariation':
      'Undefined: every coder gave the same value to every character, so there is no variation to measure.',
    'team.why.noSegments': 'Neither coder coded a segment with this code.',
    'team.why.kappaOverallOnly':
      'Computed for the overall row only, as MAXQDA does: chance agreement depends on the number of codes.',
    'team.why.kappaFewCodes':
      'Needs at least two codes with segments in the table (here {k}): chance agreement is 1/k.',

    'team.method.heading': 'How the numbers are computed',
    'team.method.percent': 'Percent agreement',
    'team.method.percent.text':
      'The share of units on which the coders agree. At the character level a unit is one character and one code: both coded it or neither did. With three or more coders it is the share of agreeing pairs.',
    'team.method.cohen': "Cohen's kappa (character level, two coders)",
    'team.method.cohen.text':
      'κ = (pₒ − pₑ) / (1 − pₑ): percent agreement corrected for the agreement expected by chance from how much text each coder coded (Cohen 1960). 1 is perfect agreement, 0 is chance level.',
    'team.method.bp': "Brennan & Prediger's kappa (segment level)",
    'team.method.bp.text':
      'As MAXQDA reports it: chance agreement fixed at 1/k, where k is the number of codes in the table, κ = (pₒ − 1/k) / (1 − 1/k). Overall row only.',
    'team.method.alpha': "Krippendorff's alpha",
    'team.method.alpha.text':
      'Agreement corrected for chance for any number of coders (nominal values: coded or not). A coder who did not code a document at all counts as missing there, not as “no”.',
    'team.method.units': 'Characters counted',
    'team.method.units.text':
      '“Coded text only” counts the characters at least one coder coded with a compared code; “All text” counts every character, as NVivo does. Much uncoded text pushes percent agreement towards 100 %; kappa is less sensitive to the choice.',
    'team.method.segment': 'Segment agreement',
    'team.method.segment.text':
      'A segment agrees when the other coder applied the same code to a segment overlapping it by at least the minimum overlap (shared characters divided by the characters either covers). Every segment of both coders counts once.',
    'team.method.undefined': '“–” (undefined)',
    'team.method.undefined.text':
      'Shown where a value cannot be computed, for example kappa when neither coder coded anything: there is nothing to correct for chance. The letter beside it points to the reason below the table.',
    'team.method.more':
      'The full method, with formulas and how NVivo and MAXQDA differ, is in docs/agreement.md of Citat.',

    'team.dis.heading': 'Where two coders differ',
    'team.dis.intro':
      'Every segment one coder coded that the other did not match with the same code (overlap below the minimum), beside the other coder’s closest segment; what both coded is highlighted. Click a passage to open it in the transcript.',
    'team.dis.coderA': 'Coder A',
    'team.dis.coderB': 'Coder B',
    'team.dis.chooseCoder': 'Choose a coder…',
    'team.dis.code': 'Code',
    'team.dis.allCodes': 'All codes',
    'team.dis.chooseTwo': 'Choose two coders to compare.',
    'team.dis.sameCoder': 'Choose two different coders.',
    'team.dis.summary':
      '{countA} segments of {a} and {countB} of {b} have no match at ≥ {overlap} % overlap, in {documents} compared documents.',
    'team.dis.none':
      '{a} and {b} agree on every segment at ≥ {overlap} % overlap in the {count} compared documents.',
    'team.dis.notCoded': 'not coded by {coder}',
    'team.dis.lines': 'l. {lines}',
    'team.dis.open': 'Show in transcript: {document}, line {lines}',
    'team.dis.overlap': 'overlap {overlap} (needs {threshold})',
    'team.dis.agreedElsewhere': 'matches another segment of the other coder',
    'team.dis.shared': 'Coded by both',
  },
  da: {
    'team.sections': 'Team og udveksling',
    'team.section.exchange': 'Udveksling og fletning',
    'team.section.agreement': 'Overensstemmelse',
    'team.section.disagreements': 'Uenigheder',
    'team.report.dismiss': 'Skjul denne rapport',

    'team.exchange.heading': 'REFI-QDA-projektudveksling (.qdpx)',
    'team.exchange.intro':
      'Flyt hele projektet — dokumenter, kodebog, kodninger med deres kodere, cases og memoer — til eller fra NVivo, ATLAS.ti, MAXQDA, QualCoder og andre programmer, der læser REFI-QDA-standarden. En import lægges til dette projekt; dokumenter, der allerede er her (samme tekst), genkendes og kopieres ikke, og importen kan fortrydes i ét trin.',
    'team.exchange.export': 'Eksportér projektet som REFI-QDA (.qdpx)',
    'team.exchange.import': 'Importér REFI-QDA-projekt (.qdpx)…',
    'team.exchange.exporting': 'Skriver .qdpx-filen…',
    'team.exchange.importing': 'Importerer {file}… store projekter tager nogle sekunder.',

    'team.import.done': '{file} er importeret',
    'team.import.doneFrom': '{file} er importeret (skrevet af {origin})',
    'team.import.created': 'Oprettet',
    'team.import.nothing': 'intet nyt',
    'team.import.matched': 'Fandtes allerede i projektet',
    'team.import.matchedDocument': '{source} → {document} (samme tekst)',
    'team.import.positions': 'Positioner læst som',
    'team.import.coders': 'Kodere',
    'team.import.codersNote':
      'Hver kodning beholder den bruger, der lavede den i filen, som koder. Kodere i projektet nu:',
    'team.import.skipped.one': '1 kodning i filen blev ikke importeret; årsagen står nedenfor.',
    'team.import.skipped.other':
      '{count} kodninger i filen blev ikke importeret; årsagerne står nedenfor.',
    'team.import.notImported': 'Ikke importeret',
    'team.import.warnings': 'Advarsler',

    'team.count.documents.one': '1 dokument',
    'team.count.documents.other': '{count} dokumenter',
    'team.count.codes.one': '1 kode',
    'team.count.codes.other': '{count} koder',
    'team.count.codings.one': '1 kodning',
    'team.count.codings.other': '{count} kodninger',
    'team.count.coders.one': '1 koder',
    'team.count.coders.other': '{count} kodere',
    'team.count.cases.one': '1 case',
    'team.count.cases.other': '{count} cases',
    'team.count.attributes.one': '1 egenskab',
    'team.count.attributes.other': '{count} egenskaber',
    'team.count.memos.one': '1 memo',
    'team.count.memos.other': '{count} memoer',
    'team.count.speakers.one': '1 taler',
    'team.count.speakers.other': '{count} talere',

    'team.merge.heading': 'Flet en anden koders arbejde ind',
    'team.merge.intro':
      'Din medkoder har kodet de samme transskriptioner i sin egen kopi. Hent kodningerne ind, og sammenlign jer derefter under Overensstemmelse.',
    'team.merge.citat':
      'En Citat-projektfil (.citat): dokumenter genkendes på deres tekst, koder på id og derefter på sti; hver kodning beholder sin koder. Dokumenter, der ikke findes i dette projekt, bliver listet, aldrig importeret.',
    'team.merge.qdpx':
      'En REFI-QDA-fil (.qdpx) fra NVivo, MAXQDA, QualCoder…: importeres som et projekt, og hver kodning registreres under den bruger, der lavede den i filen.',
    'team.merge.coderName': 'Registrér kodningerne under (valgfrit)',
    'team.merge.coderName.placeholder': 'navnene i filen',
    'team.merge.coderName.hint':
      'Kun for en .citat-fil: lad feltet stå tomt for at beholde filens kodernavne. En .qdpx-fil beholder altid sine brugere som kodere.',
    'team.merge.choose': 'Vælg den anden koders fil (.citat eller .qdpx)…',
    'team.merge.running': 'Fletter {file}…',
    'team.merge.done': '{file} er flettet ind',
    'team.merge.codings': 'Kodninger',
    'team.merge.added.one': '1 kodning tilføjet',
    'team.merge.added.other': '{count} kodninger tilføjet',
    'team.merge.duplicates.one': '1 fandtes allerede og blev sprunget over',
    'team.merge.duplicates.other': '{count} fandtes allerede og blev sprunget over',
    'team.merge.newCoder': 'ny koder',
    'team.merge.matched': 'Dokumenter genkendt på teksten',
    'team.merge.noneMatched': 'ingen — intet dokument i den anden fil har samme tekst som et her',
    'team.merge.renamed': '{name} (dér: {other})',
    'team.merge.missing': 'Findes ikke i dette projekt — ikke importeret',
    'team.merge.codesCreated': 'Oprettede koder',
    'team.merge.curations': 'Kopierede trykte citatformer',
    'team.merge.check': 'Tjek disse',
    'team.merge.check.byPath':
      'Genkendt på stien, men de to projekter giver dem forskellige id’er — kontrollér, at hver betyder det samme i begge: {paths}',
    'team.merge.check.elsewhere':
      '“{path}” her er “{other}” i {file} (samme kode, omdøbt eller flyttet).',
    'team.merge.compare': 'Sammenlign koderne →',

    'team.agreement.heading': 'Overensstemmelse mellem kodere',
    'team.agreement.intro':
      'Hvor meget koderne er enige, kode for kode og samlet — for at finde ud af, hvad I skal tale om, ikke for at jagte et tal. Kun dokumenter, som mindst to af de valgte kodere har kodet, sammenlignes.',
    'team.agreement.coders': 'Kodere',
    'team.agreement.noCoders': 'Ingen kodere endnu.',
    'team.agreement.level': 'Niveau',
    'team.agreement.level.character': 'Tegn (som NVivo)',
    'team.agreement.level.segment': 'Segment (som MAXQDA)',
    'team.agreement.overlap': 'Mindste overlap (%)',
    'team.agreement.units': 'Tegn der tælles',
    'team.agreement.units.coded': 'Kun kodet tekst',
    'team.agreement.units.coded.title':
      'Tegn, som mindst én koder har kodet med en af de sammenlignede koder. Så puster ukodet småsnak ikke den procentvise overensstemmelse op.',
    'team.agreement.units.all': 'Al tekst (som NVivo)',
    'team.agreement.units.all.title':
      'Alle tegn i de sammenlignede dokumenter, sådan som NVivos kodningssammenligning tæller.',
    'team.agreement.export': 'Eksportér tabel',
    'team.agreement.exportAs': 'Eksportér overensstemmelsestabellen som {format}',
    'team.agreement.computing': 'Beregner…',
    'team.agreement.caption': 'Tegnniveau · kodere: {coders} · sammenlignede dokumenter: {count}',
    'team.agreement.captionSegment':
      'Segmentniveau, overlap ≥ {overlap} % · kodere: {coders} · sammenlignede dokumenter: {count}',
    'team.agreement.noRows': 'Ingen kode er brugt i de sammenlignede dokumenter.',
    'team.agreement.overall': 'Samlet',
    'team.agreement.actions': 'Handlinger',
    'team.agreement.showDisagreements': 'Uenigheder',
    'team.agreement.showDisagreementsOf': 'Vis hvor de to kodere er uenige om {code}',
    'team.agreement.allCodes': 'alle koder',
    'team.agreement.compared': 'Sammenlignet:',
    'team.agreement.comparedNone': 'intet dokument (intet dokument er kodet af to af disse kodere)',
    'team.agreement.excluded': 'Udeladt:',
    'team.agreement.kappaTwo':
      'Cohens kappa sammenligner to kodere: sæt flueben ved to for at se den. Krippendorffs alfa tager et vilkårligt antal.',
    'team.agreement.excludedOne': '{document} (kun kodet af {coders})',

    'team.form.fewCoders': 'Vælg mindst to kodere at sammenligne.',
    'team.form.segmentTwo':
      'Segmentniveauet sammenligner præcis to kodere: vælg to, eller brug tegnniveauet.',
    'team.form.overlap': 'Det mindste overlap skal være en procentsats fra 1 til 100.',

    'team.col.code': 'Kode',
    'team.col.characters': 'Tegn',
    'team.col.both': 'Begge',
    'team.col.only': 'Kun {coder}',
    'team.col.neither': 'Ingen',
    'team.col.agreement': 'Overens\u00adstemmelse',
    'team.col.pairwiseAgreement': 'Parvis overens\u00adstemmelse',
    'team.col.cohenKappa': 'Cohens κ',
    'team.col.alpha': 'Krippendorffs α',
    'team.col.segmentsOf': 'Segmenter {coder}',
    'team.col.agreeing': 'Enige',
    'team.col.segments': 'Segmenter',
    'team.col.bpKappa': 'κ (Brennan & Prediger)',
    'team.help.characters': 'Tegn sammenlignet for denne kode.',
    'team.help.both': 'Tegn, som begge kodere har kodet med denne kode.',
    'team.help.only': 'Tegn, som kun denne koder har kodet med denne kode.',
    'team.help.neither': 'Tegn, som ingen af koderne har kodet med denne kode.',
    'team.help.agreement': 'Andelen af tegn, hvor de to kodere er enige (begge eller ingen).',
    'team.help.pairwiseAgreement': 'Andelen af enige koderpar over alle tegn.',
    'team.help.cohenKappa':
      'Overensstemmelse korrigeret for tilfældighed ud fra hver koders andel af kodet tekst.',
    'team.help.alpha':
      'Overensstemmelse korrigeret for tilfældighed; vilkårligt antal kodere, manglende data tilladt.',
    'team.help.segmentsOf': 'Segmenter, som denne koder har kodet med denne kode.',
    'team.help.agreeing':
      'Segmenter, som den anden koder har matchet med samme kode og tilstrækkeligt overlap.',
    'team.help.segments': 'Alle segmenter fra begge kodere.',
    'team.help.segmentAgreement': 'Enige segmenter divideret med alle segmenter.',
    'team.help.bpKappa':
      'Tilfældig overensstemmelse sat til 1/k, k = antal koder i tabellen; kun i den samlede række.',

    'team.undefinedNote': 'udefineret, se note {mark} under tabellen',
    'team.why.noUnits': 'Intet at sammenligne: ingen tegn blev talt med for denne kode.',
    'team.why.kappaNoVariation':
      'Udefineret: begge kodere har kodet hvert tegn, eller ingen af dem har kodet noget. Uden variation er der ingen tilfældig overensstemmelse at korrigere for; den procentvise overensstemmelse viser allerede, at de er enige.',
    'team.why.alphaNoVariation':
      'Udefineret: alle kodere har givet hvert tegn den samme værdi, så der er ingen variation at måle.',
    'team.why.noSegments': 'Ingen af koderne har kodet et segment med denne kode.',
    'team.why.kappaOverallOnly':
      'Beregnes kun for den samlede række, som i MAXQDA: den tilfældige overensstemmelse afhænger af antallet af koder.',
    'team.why.kappaFewCodes':
      'Kræver mindst to koder med segmenter i tabellen (her {k}): den tilfældige overensstemmelse er 1/k.',

    'team.method.heading': 'Sådan beregnes tallene',
    'team.method.percent': 'Procentvis overensstemmelse',
    'team.method.percent.text':
      'Andelen af enheder, hvor koderne er enige. På tegnniveau er en enhed ét tegn og én kode: begge har kodet det, eller ingen har. Med tre eller flere kodere er det andelen af enige par.',
    'team.method.cohen': 'Cohens kappa (tegnniveau, to kodere)',
    'team.method.cohen.text':
      'κ = (pₒ − pₑ) / (1 − pₑ): den procentvise overensstemmelse korrigeret for den overensstemmelse, man ville forvente ved et tilfælde ud fra, hvor meget tekst hver koder har kodet (Cohen 1960). 1 er fuld enighed, 0 er på niveau med tilfældighed.',
    'team.method.bp': 'Brennan & Predigers kappa (segmentniveau)',
    'team.method.bp.text':
      'Som MAXQDA angiver den: tilfældig overensstemmelse sat til 1/k, hvor k er antallet af koder i tabellen, κ = (pₒ − 1/k) / (1 − 1/k). Kun i den samlede række.',
    'team.method.alpha': 'Krippendorffs alfa',
    'team.method.alpha.text':
      'Overensstemmelse korrigeret for tilfældighed for et vilkårligt antal kodere (nominelle værdier: kodet eller ej). En koder, der slet ikke har kodet et dokument, tælles som manglende dér, ikke som “nej”.',
    'team.method.units': 'Tegn der tælles',
    'team.method.units.text':
      '“Kun kodet tekst” tæller de tegn, som mindst én koder har kodet med en sammenlignet kode; “Al tekst” tæller alle tegn, som NVivo gør. Meget ukodet tekst trækker den procentvise overensstemmelse mod 100 %; kappa er mindre følsom over for valget.',
    'team.method.segment': 'Segmentoverensstemmelse',
    'team.method.segment.text':
      'Et segment er enigt, når den anden koder har givet samme kode til et segment, der overlapper det med mindst det valgte mindste overlap (fælles tegn divideret med de tegn, som mindst ét af dem dækker). Hvert segment fra begge kodere tæller én gang.',
    'team.method.undefined': '“–” (udefineret)',
    'team.method.undefined.text':
      'Vises, hvor en værdi ikke kan beregnes, fx kappa når ingen af koderne har kodet noget: så er der intet at korrigere for. Bogstavet ved siden af henviser til årsagen under tabellen.',
    'team.method.more':
      'Hele metoden, med formler og forskellene på NVivo og MAXQDA, står i docs/agreement.md i Citat.',

    'team.dis.heading': 'Hvor to kodere er uenige',
    'team.dis.intro':
      'Hvert segment, som den ene koder har kodet, og som den anden ikke har matchet med samme kode (overlap under minimum), ved siden af den anden koders nærmeste segment; det, begge har kodet, er fremhævet. Klik på en passage for at åbne den i transskriptionen.',
    'team.dis.coderA': 'Koder A',
    'team.dis.coderB': 'Koder B',
    'team.dis.chooseCoder': 'Vælg en koder…',
    'team.dis.code': 'Kode',
    'team.dis.allCodes': 'Alle koder',
    'team.dis.chooseTwo': 'Vælg to kodere at sammenligne.',
    'team.dis.sameCoder': 'Vælg to forskellige kodere.',
    'team.dis.summary':
      '{countA} segmenter fra {a} og {countB} fra {b} har intet match ved ≥ {overlap} % overlap i {documents} sammenlignede dokumenter.',
    'team.dis.none':
      '{a} og {b} er enige om hvert segment ved ≥ {overlap} % overlap i de {count} sammenlignede dokumenter.',
    'team.dis.notCoded': 'ikke kodet af {coder}',
    'team.dis.lines': 'l. {lines}',
    'team.dis.open': 'Vis i transskriptionen: {document}, linje {lines}',
    'team.dis.overlap': 'overlap {overlap} (kræver {threshold})',
    'team.dis.agreedElsewhere': 'matcher et andet segment fra den anden koder',
    'team.dis.shared': 'Kodet af begge',
  },
});
