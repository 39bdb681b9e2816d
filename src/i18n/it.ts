/**
 * Italian UI strings. Every text a component shows comes from here, so that the English edition
 * only needs a dictionary with the same keys. `{name}` marks a value filled in at render time.
 */
export const it = {
  'site.name': 'Cliente al centro',
  'site.tagline': 'Una base di conoscenza sulla centralità del cliente, fatta di idee da leggere e mettere alla prova.',
  'site.description':
    'Cinque saggi sulla customer centricity riscritti e messi in relazione: persone prima delle sigle, fiducia, tempo dedicato al cliente, esperienza misurata.',
  'site.ogLocale': 'it_IT',

  'nav.label': 'Navigazione principale',
  'nav.home': 'Home',
  'nav.essays': 'Articoli',
  'nav.topics': 'Temi',
  'nav.authors': 'Autori',
  'skip.toContent': 'Vai al contenuto',

  'footer.credits': 'Le idee dei testi vengono dagli scritti originali di {authors}. Ogni pagina ne cita autore e titolo.',
  'footer.rights': 'Testi della redazione di Cliente al centro, scritti con parole proprie a partire dagli originali.',
  'footer.rss': 'Feed RSS',
  'footer.sitemap': 'Mappa del sito',
  'list.and': ' e ',
  'list.separator': ', ',

  'home.title': 'Cliente al centro: idee per mettere davvero il cliente al centro',
  'home.heading': 'Cliente al centro',
  'home.intro':
    'Tutte le aziende dicono di mettere il cliente al centro; poche sanno dire che cosa significhi il lunedì mattina. Qui trovi cinque testi di autori diversi, riscritti con parole nostre e collegati per temi: chi è davvero il cliente, perché conviene partire da lui, quanto tempo gli dedichiamo, che cosa tiene in piedi la relazione.',
  'home.essaysHeading': 'Gli articoli',
  'home.topicsHeading': 'I temi',
  'home.allEssays': 'Tutti gli articoli',
  'home.allTopics': 'Tutti i temi',

  'essays.title': 'Articoli',
  'essays.description': 'Tutti gli articoli di Cliente al centro: cinque saggi sulla centralità del cliente, riscritti e collegati per temi.',
  'essays.intro': 'Ogni articolo presenta le idee di un testo originale, con le parole della redazione, e ne cita autore e titolo.',
  'essay.keyIdeas': 'In breve',
  'essay.questions': 'Domande per te',
  'essay.questionsIntro': 'Prima di chiudere la pagina, prova a rispondere con sincerità.',
  'essay.source': 'Fonte',
  'essay.sourceText': 'Questo articolo riprende le idee di {title}, di {author}.',
  'essay.sourceTextUnknownAuthor': 'Questo articolo riprende le idee di {title}, testo di cui l’originale non indica l’autore.',
  'essay.sourcePublisher': 'Pubblicato da {publisher}.',
  'essay.sourceYear': 'Anno: {year}.',
  'essay.sourceLink': 'Leggi l’originale',
  'essay.sourceDisclaimer': 'Il testo è della redazione: le frasi sono nostre, le idee e i fatti sono dell’originale. Le poche parole citate sono tra virgolette.',
  'essay.by': 'Dalle idee di {author}',
  'essay.byUnknown': 'Da un testo di autore non indicato',
  'essay.published': 'Pubblicato il {date}',
  'essay.updated': 'Aggiornato il {date}',
  'essay.readingTime': '{minutes} min di lettura',
  'essay.topics': 'Temi',

  'topics.title': 'Temi',
  'topics.description': 'I temi di Cliente al centro: centralità del cliente, persone e relazioni, customer experience, fiducia, organizzazione, digitale.',
  'topics.intro': 'Gli articoli raggruppati per argomento. Un articolo può appartenere a più temi.',
  'topic.essaysHeading': 'Articoli su questo tema',
  'topic.count.one': '1 articolo',
  'topic.count.other': '{count} articoli',

  'authors.title': 'Autori',
  'authors.description': 'Gli autori dei testi originali da cui nascono gli articoli di Cliente al centro.',
  'authors.intro': 'Le persone e le organizzazioni che hanno scritto i testi originali. Le biografie riportano solo ciò che i testi dicono.',
  'author.essaysHeading': 'Articoli tratti dai suoi testi',
  'author.website': 'Sito personale',
  'author.kind.person': 'Autore',
  'author.kind.organisation': 'Organizzazione',
  'author.kind.unknown': 'Autore non indicato',

  'notFound.title': 'Pagina non trovata',
  'notFound.description': 'La pagina che cercavi non esiste o è stata spostata.',
  'notFound.text': 'L’indirizzo potrebbe essere sbagliato, oppure la pagina è stata spostata. Da qui puoi ripartire:',
  'notFound.home': 'la home page',
  'notFound.essays': 'l’elenco degli articoli',
  'notFound.topics': 'i temi',

  'rss.title': 'Cliente al centro: articoli',
  'figure.pendulum.caption': 'Il pendolo: il lavoro di ogni settimana oscilla tra l’organizzazione e il cliente.',
  'figure.pendulum.alt':
    'Un pendolo sospeso tra due poli: a sinistra «Organizzazione», a destra «Cliente». Il peso è disegnato in tre posizioni, a indicare l’oscillazione tra i due.',
  'figure.pendulum.organisation': 'Organizzazione',
  'figure.pendulum.customer': 'Cliente',
} as const satisfies Record<string, string>;
