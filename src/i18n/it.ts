/**
 * Italian UI strings. Every text a component shows comes from here, so that the English edition
 * only needs a dictionary with the same keys. `{name}` marks a value filled in at render time.
 */
export const it = {
  'site.name': 'Cliente al centro',
  'site.tagline':
    'Una base di conoscenza sulla centralità del cliente, fatta di idee da leggere e mettere alla prova.',
  'site.description':
    'Cinque saggi sulla customer centricity riscritti e messi in relazione: persone prima delle sigle, fiducia, tempo dedicato al cliente, esperienza misurata.',
  'site.ogLocale': 'it_IT',

  'nav.label': 'Navigazione principale',
  'nav.home': 'Home',
  'nav.essays': 'Articoli',
  'nav.topics': 'Temi',
  'nav.authors': 'Autori',
  'nav.glossary': 'Glossario',
  'nav.search': 'Cerca',
  'nav.selfTests': 'Autovalutazioni',
  'skip.toContent': 'Vai al contenuto',
  'breadcrumbs.label': 'Sei qui',

  'footer.credits':
    'Le idee dei testi vengono dagli scritti originali di {authors}. Ogni pagina ne cita autore e titolo.',
  'footer.rights':
    'Testi della redazione di Cliente al centro, scritti con parole proprie a partire dagli originali.',
  'footer.embed': 'Incorpora le autovalutazioni',
  'footer.rss': 'Feed RSS',
  'footer.sitemap': 'Mappa del sito',
  'list.and': ' e ',
  'list.separator': ', ',

  'home.title': 'Cliente al centro: idee per mettere davvero il cliente al centro',
  'home.heading': 'Cliente al centro',
  'home.intro':
    'Tutte le aziende dicono di mettere il cliente al centro; poche sanno dire che cosa significhi il lunedì mattina. Qui trovi cinque testi di autori diversi, riscritti con parole nostre e collegati per temi: chi è davvero il cliente, perché conviene partire da lui, quanto tempo gli dedichiamo, che cosa tiene in piedi la relazione.',
  'home.manifesto.1': 'Il cliente è una persona, non una sigla: B2B e B2C vengono dopo.',
  'home.manifesto.2': 'Mettere il cliente al centro si misura in ore, in dati e in fiducia, non in slogan.',
  'home.manifesto.3': 'Ogni idea qui viene da un autore che citiamo; le parole sono nostre.',
  'home.cta.selfTests': 'Mettiti alla prova',
  'home.cta.search': 'Cerca un tema',
  'home.testsHeading': 'Le autovalutazioni',
  'home.glossaryHeading': 'Il glossario',
  'home.glossaryIntro': 'Le parole che tornano negli articoli, spiegate in breve.',
  'home.essaysHeading': 'Gli articoli',
  'home.topicsHeading': 'I temi',
  'home.allEssays': 'Tutti gli articoli',
  'home.allTopics': 'Tutti i temi',

  'essays.title': 'Articoli',
  'essays.description':
    'Tutti gli articoli di Cliente al centro: cinque saggi sulla centralità del cliente, riscritti e collegati per temi.',
  'essays.intro':
    'Ogni articolo presenta le idee di un testo originale, con le parole della redazione, e ne cita autore e titolo.',
  'essay.keyIdeas': 'In breve',
  'essay.questions': 'Domande per te',
  'essay.questionsIntro': 'Prima di chiudere la pagina, prova a rispondere con sincerità.',
  'essay.source': 'Fonte',
  'essay.sourceText': 'Questo articolo riprende le idee di {title}, di {author}.',
  'essay.sourceTextUnknownAuthor':
    'Questo articolo riprende le idee di {title}, testo di cui l’originale non indica l’autore.',
  'essay.sourcePublisher': 'Pubblicato da {publisher}.',
  'essay.sourceYear': 'Anno: {year}.',
  'essay.sourceLink': 'Leggi l’originale',
  'essay.sourceDisclaimer':
    'Il testo è della redazione: le frasi sono nostre, le idee e i fatti sono dell’originale. Le poche parole citate sono tra virgolette.',
  'essay.by': 'Dalle idee di {author}',
  'essay.byUnknown': 'Da un testo di autore non indicato',
  'essay.published': 'Pubblicato il {date}',
  'essay.updated': 'Aggiornato il {date}',
  'essay.readingTime': '{minutes} min di lettura',
  'essay.topics': 'Temi',
  'essay.anchor': 'Link alla sezione «{heading}»',
  'essay.toc': 'In questa pagina',
  'essay.related': 'Da leggere dopo',
  'essay.related.topics': 'stesso tema: {topics}',
  'essay.related.terms': 'termini in comune: {terms}',

  'topics.title': 'Temi',
  'topics.description':
    'I temi di Cliente al centro: centralità del cliente, persone e relazioni, customer experience, fiducia, organizzazione, digitale.',
  'topics.intro': 'Gli articoli raggruppati per argomento. Un articolo può appartenere a più temi.',
  'topic.essaysHeading': 'Articoli su questo tema',
  'topic.count.one': '1 articolo',
  'topic.count.other': '{count} articoli',

  'authors.title': 'Autori',
  'authors.description': 'Gli autori dei testi originali da cui nascono gli articoli di Cliente al centro.',
  'authors.intro':
    'Le persone e le organizzazioni che hanno scritto i testi originali. Le biografie riportano solo ciò che i testi dicono.',
  'author.essaysHeading': 'Articoli tratti dai suoi testi',
  'author.website': 'Sito personale',
  'author.kind.person': 'Autore',
  'author.kind.organisation': 'Organizzazione',
  'author.kind.unknown': 'Autore non indicato',

  'notFound.title': 'Pagina non trovata',
  'notFound.description': 'La pagina che cercavi non esiste o è stata spostata.',
  'notFound.text':
    'L’indirizzo potrebbe essere sbagliato, oppure la pagina è stata spostata. Da qui puoi ripartire:',
  'notFound.home': 'la home page',
  'notFound.essays': 'l’elenco degli articoli',
  'notFound.topics': 'i temi',

  'search.open': 'Cerca',
  'search.shortcut': 'Ctrl K',
  'search.dialogTitle': 'Cerca nel sito',
  'search.close': 'Chiudi la ricerca',
  'search.label': 'Cerca tra articoli e temi',
  'search.placeholder': 'Per esempio: fiducia, 40 ore, esperienza del cliente',
  'search.submit': 'Cerca',
  'search.hint': 'Scrivi una parola o un’idea: i risultati compaiono mentre scrivi.',
  'search.count.none': 'Nessun risultato per «{query}».',
  'search.count.one': '1 risultato per «{query}».',
  'search.count.other': '{count} risultati per «{query}».',
  'search.count.filtersOnly': '{count} pagine con i filtri scelti.',
  'search.loading': 'Ricerca in corso…',
  'search.more': 'Mostra altri risultati',
  'search.subResults': 'Sezioni della pagina',
  'search.unavailable':
    'La ricerca non è disponibile in questo momento. Puoi sfogliare gli articoli e i temi.',
  'search.devNotice':
    'Manca l’indice di ricerca: in sviluppo la ricerca usa quello dell’ultima build. Esegui una volta «npm start» (o «npm run build») e riprova.',
  'search.noscript': 'La ricerca ha bisogno di JavaScript. Senza, puoi sfogliare gli articoli e i temi.',
  'search.advanced': 'Apri la pagina di ricerca con i filtri',
  'search.filters': 'Filtra i risultati',
  'search.filter.tipo': 'Tipo',
  'search.filter.tema': 'Tema',
  'search.filter.autore': 'Autore',
  'search.sort': 'Ordina per',
  'search.sort.relevance': 'pertinenza',
  'search.sort.date': 'data, dai più recenti',
  'search.type.saggio': 'Articolo',
  'search.type.tema': 'Tema',
  'search.type.glossario': 'Glossario',
  'search.type.autovalutazione': 'Autovalutazione',
  'search.page.title': 'Cerca',
  'search.page.description':
    'Cerca tra gli articoli e i temi di Cliente al centro: fiducia, tempo per il cliente, customer experience, persone e relazioni.',
  'search.jsonLdName': 'Cliente al centro',

  'selfTests.title': 'Autovalutazioni',
  'selfTests.description':
    'Cinque autovalutazioni brevi, una per articolo: rispondi, leggi un risultato spiegato, torna quando vuoi e condividilo.',
  'selfTests.intro':
    'Ogni articolo si chiude con una domanda per chi legge; queste autovalutazioni la trasformano in uno strumento. Le risposte restano nel tuo browser.',
  'selfTests.open': 'Fai l’autovalutazione',
  'selfTests.fromEssay': 'Dall’articolo «{title}»',
  'selfTest.heading': 'Mettiti alla prova',
  'selfTest.openPage': 'Apri l’autovalutazione in una pagina a sé',
  'selfTest.progress': 'Risposte date: {answered} su {total}',
  'selfTest.submit': 'Vedi il risultato',
  'selfTest.previous': 'Indietro',
  'selfTest.next': 'Avanti',
  'selfTest.step': 'Domanda {n} di {total}',
  'selfTest.reset': 'Ricomincia da capo',
  'selfTest.missing': 'Domande ancora senza risposta ({count}):',
  'selfTest.resultTitle': 'Il tuo risultato',
  'selfTest.overall': 'Punteggio complessivo: {score} su 100.',
  'selfTest.weakest': 'Il punto più debole: {label}.',
  'selfTest.hours': '{hours} ore, il {share}% della settimana',
  'selfTest.summary': 'Risultato: {band}. Punteggio {score} su 100.',
  'selfTest.share': 'Condividi il risultato',
  'selfTest.shareLabel': 'Link al risultato: le risposte viaggiano nel link, nessun server le riceve',
  'selfTest.copy': 'Copia il link',
  'selfTest.copied': 'Link copiato.',
  'selfTest.print': 'Stampa il risultato',
  'selfTest.backToEssay': 'Leggi l’articolo: {title}',
  'selfTest.privacy': 'Le risposte restano nel tuo browser: nulla viene inviato o registrato altrove.',
  'selfTest.noscript':
    'Per calcolare il risultato serve JavaScript; le domande restano leggibili anche senza.',
  'selfTest.errorStep': 'Usa multipli di {step} ore (per esempio 2,5).',
  'selfTest.errorRange': 'Scrivi un numero di ore da 0 a {max}.',
  'selfTest.errorOver': 'Hai assegnato {assigned} ore su {total}: ne hai {excess} di troppo.',
  'selfTest.sum': 'Assegnate {assigned} ore su {total}; ne restano {left}.',
  'selfTest.pendulum': 'Il pendolo pende verso il cliente per il {share}% della settimana.',

  'embedGuide.title': 'Incorpora un’autovalutazione',
  'embedGuide.description':
    'Metti un’autovalutazione di Cliente al centro nel tuo blog: WordPress, Ghost, un sito statico o una pagina HTML. Nessun cookie, nessun tracciamento.',
  'embedGuide.intro':
    'Scegli un’autovalutazione e l’aspetto che preferisci, poi copia il codice adatto al tuo sito. Il riquadro si adatta alla larghezza del post e all’altezza del contenuto.',
  'embedGuide.privacy':
    'La promessa è semplice: nessun cookie, nessun tracciamento, nessuna richiesta verso altri server. Le risposte restano nel browser di chi legge e non arrivano né a noi né a te.',
  'embedGuide.choose': 'Scegli',
  'embedGuide.test': 'Autovalutazione',
  'embedGuide.theme': 'Tema',
  'embedGuide.theme.auto': 'Come il sistema di chi legge',
  'embedGuide.theme.light': 'Chiaro',
  'embedGuide.theme.dark': 'Scuro',
  'embedGuide.accent': 'Colore d’accento (facoltativo)',
  'embedGuide.accentHelp':
    'Un colore esadecimale, per esempio #336699. Se è troppo chiaro per il testo, lo usiamo solo per barre e bordi.',
  'embedGuide.routes': 'Il codice da incollare',
  'embedGuide.route.link': 'WordPress o Ghost: incolla il link',
  'embedGuide.route.linkText':
    'Incolla questo indirizzo da solo su una riga del post: l’editor lo riconosce (oEmbed) e mostra l’autovalutazione.',
  'embedGuide.route.iframe': 'Qualsiasi sito: iframe e script',
  'embedGuide.route.iframeText':
    'Funziona ovunque si possa incollare HTML. Lo script adatta l’altezza; senza, il riquadro resta alto 760 pixel e scorre.',
  'embedGuide.route.widget': 'Siti che accettano script: il componente web',
  'embedGuide.route.widgetText':
    'Il test vive in uno Shadow DOM: il CSS del tuo sito non lo tocca e lui non tocca il tuo. Puoi cambiarne i colori con --cac-accent, --cac-background, --cac-text e --cac-font.',
  'embedGuide.copy': 'Copia il codice',
  'embedGuide.copied': 'Codice copiato.',
  'embedGuide.preview': 'Anteprima',
  'embedGuide.previewOf': 'Anteprima:',
  'widget.loading': 'Caricamento dell’autovalutazione…',
  'widget.unknown': 'Non esiste un’autovalutazione «{id}» su Cliente al centro: controlla l’attributo test.',
  'widget.failed': 'Non è stato possibile caricare l’autovalutazione. Riprova più tardi.',
  'embed.credit': 'Un’autovalutazione di {site}, dall’articolo {essay}.',

  'glossary.define': 'Che cosa vuol dire «{term}»?',
  'glossary.title': 'Glossario',
  'glossary.description':
    'Le parole della centralità del cliente, spiegate in breve: customer experience, cliente interno, fidelizzazione, fiducia, B2B, H2H e altre.',
  'glossary.intro':
    'I termini che ricorrono negli articoli, ciascuno spiegato con parole semplici e collegato ai testi che ne parlano. Negli articoli, la prima volta che un termine compare porta qui.',
  'glossary.letters': 'Lettere',
  'glossary.pageTitle': '{term}: che cosa significa',
  'glossary.aliases': 'Detto anche',
  'glossary.related': 'Termini collegati',
  'glossary.essays': 'Se ne parla in',
  'glossary.all': 'Tutto il glossario',

  'og.kind.essay': 'Articolo',
  'og.kind.topic': 'Tema',
  'og.kind.selfTest': 'Autovalutazione',
  'og.alt': '{title}: {kind} di Cliente al centro',

  'rss.title': 'Cliente al centro: articoli',
  'figure.pendulum.caption':
    'Il pendolo: il lavoro di ogni settimana oscilla tra l’organizzazione e il cliente.',
  'figure.pendulum.alt':
    'Un pendolo sospeso tra due poli: a sinistra «Organizzazione», a destra «Cliente». Il peso è disegnato in tre posizioni, a indicare l’oscillazione tra i due.',
  'figure.pendulum.organisation': 'Organizzazione',
  'figure.pendulum.customer': 'Cliente',
} as const satisfies Record<string, string>;
