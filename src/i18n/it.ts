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

  'lang.name': 'Italiano',
  'lang.label': 'Lingua',
  'lang.untranslated': 'pagina non ancora tradotta: porta alla home',

  'nav.menu': 'Menu',
  'nav.label': 'Navigazione principale',
  'nav.home': 'Home',
  'nav.essays': 'Articoli',
  'nav.topics': 'Temi',
  'nav.authors': 'Autori',
  'nav.glossary': 'Glossario',
  'nav.search': 'Cerca',
  'nav.selfTests': 'Autovalutazioni',
  'nav.compare': 'Confronto',
  'nav.readingPaths': 'Percorsi',
  'skip.toContent': 'Vai al contenuto',
  'breadcrumbs.label': 'Sei qui',

  'footer.credits':
    'Le idee dei testi vengono dagli scritti originali di {authors}. Ogni pagina ne cita autore e titolo.',
  'footer.rights':
    'Testi della redazione di Cliente al centro, scritti con parole proprie a partire dagli originali.',
  'footer.embed': 'Incorpora le autovalutazioni',
  'footer.rss': 'Feed RSS',
  'footer.sitemap': 'Mappa del sito',
  'footer.offline': 'Leggere offline',
  'offline.title': 'Leggere offline',
  'offline.description':
    'Cosa questo browser conserva di Cliente al centro per leggerlo senza rete, e come cancellarlo.',
  'offline.intro':
    'Dopo la tua prima visita, se la connessione non è a consumo, il browser conserva le pagine della tua lingua: saggi, confronto, temi, glossario e autovalutazioni, con la ricerca. Quando la rete manca le apri da qui, e la ricerca e le autovalutazioni funzionano lo stesso. Appena torni online vedi sempre la versione più recente. Nulla lascia il tuo browser.',
  'offline.missing': 'Sei offline e questa pagina non è tra quelle conservate. Puoi leggere queste:',
  'offline.state.static':
    'Per sapere che cosa è conservato in questo browser serve JavaScript; le pagine qui sotto sono quelle che il sito conserva.',
  'offline.state.unsupported': 'Questo browser non conserva pagine per la lettura offline.',
  'offline.state.none': 'Per ora questo browser non conserva nessuna pagina del sito.',
  'offline.state.off': 'Hai spento la lettura offline: questo browser non conserva nessuna pagina del sito.',
  'offline.state.saving': 'Conservazione in corso: {complete} file su {total}.',
  'offline.state.metered':
    'La connessione risulta a consumo, quindi le pagine non vengono scaricate in anticipo: conservate {complete} su {total}, quelle che hai aperto.',
  'offline.state.ready':
    'Tutto pronto: {complete} file su {total} conservati, in tutto circa {size} per questo sito.',
  'offline.clear': 'Cancella e spegni la lettura offline',
  'offline.save': 'Conserva di nuovo per leggere offline',
  'offline.list': 'Da leggere anche senza rete',
  'offline.notStored': '(non ancora conservata)',
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
  'home.allEssaysCount': 'Tutti gli articoli ({count})',
  'home.allSelfTests': 'Tutte le autovalutazioni ({count})',

  'essays.title': 'Articoli',
  'essays.description':
    'Tutti gli articoli di Cliente al centro: cinque saggi sulla centralità del cliente, riscritti e collegati per temi.',
  'essays.intro':
    'Ogni articolo presenta le idee di un testo originale, con le parole della redazione, e ne cita autore e titolo.',
  'essay.keyIdeas': 'In breve',
  'essay.questions': 'Domande per te',
  'essay.questionsIntro': 'Prima di chiudere la pagina, prova a rispondere con sincerità.',
  'essay.voice.original': 'Che cosa dice l’originale',
  'essay.voice.originalNote':
    'Le idee dell’originale, riordinate e raccontate con parole nostre; le poche parole citate sono tra virgolette.',
  'essay.voice.editorial': 'La voce della redazione',
  'essay.voice.editorialNote':
    'Da qui parla la redazione di Cliente al centro: opinioni, esempi e fonti sono nostri, non dell’originale.',
  'essay.furtherReading': 'Per approfondire',
  'essay.furtherReadingIntro':
    'Opere che abbiamo verificato: autori, titolo e anno come sono stati pubblicati.',
  'essay.furtherReadingIn': 'in {publishedIn}',
  'essay.paths': 'Nei percorsi di lettura',
  'essay.paths.step': 'Percorso «{path}», passo {step} di {total}.',
  'essay.paths.next': 'Prossimo in questo percorso:',
  'essay.paths.last': 'È l’ultimo passo: hai letto tutto il percorso.',
  'readingPaths.title': 'Percorsi di lettura',
  'readingPaths.description':
    'Tre ordini in cui leggere gli articoli di Cliente al centro, secondo che cosa ti serve: guidare un team, fare consulenza, lavorare ogni giorno con i clienti.',
  'readingPaths.intro':
    'Gli articoli si leggono in qualunque ordine; questi percorsi sono la nostra proposta per chi ha uno scopo preciso. Ogni articolo ti indica il prossimo passo.',
  'readingPaths.count': '{count} articoli',
  'readingPaths.start': 'Comincia da «{title}»',
  'readingPaths.all': 'Tutti i percorsi, passo per passo',
  'compare.link': 'Le cinque voci a confronto',
  'essay.source': 'Fonte',
  'essay.sourceText': 'Questo articolo riprende le idee di {title}, di {author}.',
  'essay.sourceTextUnknownAuthor':
    'Questo articolo riprende le idee di {title}, testo di cui l’originale non indica l’autore.',
  'essay.sourceTextUntitled': 'Questo articolo presenta un testo di {author} che non ha un titolo proprio.',
  'essay.sourceTitle': '«{title}»',
  'essay.sourcePublisher.blog': 'Pubblicato sul blog {name}.',
  'essay.sourcePublisher.site': 'Pubblicato sul sito di {name}.',
  'essay.sourcePublisher.siteSection': 'Pubblicato sul sito di {name}, nella sezione «{section}».',
  'essay.sourcePublisher.magazine': 'Pubblicato su {name}.',
  'essay.sourceYear': 'Anno: {year}.',
  'essay.sourceLink': 'Leggi l’originale',
  'essay.sourceDisclaimer':
    'Il testo è della redazione: le frasi sono nostre, le idee e i fatti sono dell’originale. Le poche parole citate sono tra virgolette.',
  'essay.by': 'Dalle idee di {author}',
  'essay.byUnknown': 'Da un testo senza firma',
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
  'pagination.label': 'Altre pagine dell’elenco',
  'pagination.previous': 'Precedenti',
  'pagination.next': 'Successivi',
  'pagination.page': 'Pagina {n}',
  'pagination.status': 'Pagina {n} di {count}',
  'pagination.title': '{title}, pagina {n}',
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
  'author.kind.unknown': 'Firma non indicata',

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
  // Escape in the search dialog's field (issue 18).
  'search.cleared': 'Campo di ricerca svuotato: premi di nuovo Esc per chiudere.',
  'search.label': 'Cerca tra articoli e temi',
  'search.placeholder': 'Per esempio: fiducia, 40 ore, esperienza del cliente',
  'search.submit': 'Cerca',
  'search.hint': 'Scrivi una parola o un’idea: i risultati compaiono mentre scrivi.',
  'search.count.none': 'Nessun risultato per «{query}».',
  'search.count.one': '1 risultato per «{query}».',
  'search.count.other': '{count} risultati per «{query}».',
  'search.count.filtersOnly': '{count} pagine con i filtri scelti.',
  'search.quote': '«{word}»',
  'search.results.one': '1 risultato',
  'search.results.other': '{count} risultati',
  'search.correction': 'Nessun risultato per «{query}»: {results} per «{corrected}».',
  'search.correctionWords': 'Nessuna pagina contiene {words}: {results} per «{corrected}».',
  'search.words': 'Per «{query}»: {results} con le parole {words}, cercate una per una.',
  'search.synonyms': ' Cercato anche come {words}.',
  'search.otherOnly': 'Nessun risultato per «{query}» in italiano; {results} in inglese.',
  'search.otherFirst': '«{query}» sembra inglese: {results} in inglese, {own} in italiano.',
  'search.other.one': 'In inglese: 1 risultato',
  'search.other.other': 'In inglese: {count} risultati',
  'search.answer': 'Dal glossario',
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
  'search.type.confronto': 'Confronto',
  'search.type.percorso': 'Percorsi di lettura',
  'search.type.autore': 'Autore',
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
  'selfTest.hours': '{hours} ore, il {share}% delle ore assegnate',
  'selfTest.summary': 'Risultato: {band}.',
  'selfTest.share': 'Condividi',
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
  // Hour fields read by our own parser (issue 18): what cannot be read, and what the total leaves out.
  'selfTest.errorNumber':
    'Non riesco a leggere «{text}» come numero di ore: scrivilo in cifre, per esempio 2,5.',
  'selfTest.sumSkipped': 'Non conto le caselle da correggere ({count}).',
  'selfTest.audience': 'Per chi è',
  'selfTest.score': '{score}/100',
  'selfTest.onlyDontKnow': 'Solo risposte «Non so»: nessun punteggio.',
  'selfTest.stepLine': 'Prossimo passo: {step}',
  'selfTest.basis': 'Il risultato si basa su {answered} risposte su {total}.',
  'selfTest.basisDontKnow': 'Il risultato si basa su {answered} risposte su {total} ({dontKnow} «Non so»).',
  'selfTest.hoursBasis':
    'Le quote sono calcolate sulle {assigned} ore assegnate; {unassigned} ore su {total} restano non assegnate.',
  'selfTest.hoursBasisAll': 'Le quote sono calcolate su tutte le {assigned} ore lavorate.',
  'selfTest.dimensions': 'Dimensione per dimensione',
  'selfTest.organisation': 'La tua organizzazione, per quel che vedi (non entra nel tuo punteggio)',
  'selfTest.readMore': 'Approfondisci «{label}» nell’articolo',
  'selfTest.withheld': 'Il risultato non è ancora pronto.',
  'selfTest.withheldDontKnow':
    'Hai dato {answered} risposte diverse da «Non so» su {total}: per un risultato onesto ne servono almeno {needed}. Rispondi a qualche domanda in più, anche solo dove hai un’idea.',
  'selfTest.withheldOver':
    'Hai assegnato {assigned} ore su {total}: togline {excess} per vedere il risultato.',
  'selfTest.withheldFew':
    'Hai assegnato {assigned} ore su {total}: il risultato compare quando ne assegni almeno {needed}, metà di quelle lavorate.',
  'selfTest.copyText': 'Copia come testo',
  'selfTest.copiedText': 'Testo copiato.',
  'selfTest.textLabel': 'Il risultato come testo: selezionalo e copialo',
  'selfTest.printed': 'Stampato il {date}',
  'selfTest.answers': 'Le tue risposte',
  'selfTest.pendulum':
    'Il pendolo pende verso il cliente per il {share}% delle ore assegnate (cliente finale e clienti interni insieme).',

  'selfTestResult.title': '{band} · {test}',
  'selfTestResult.of': 'Un risultato dell’autovalutazione «{test}»',
  'selfTestResult.take': 'Fai il test',
  'selfTestResult.takeNote':
    'Rispondi alle domande e scopri il tuo risultato, dimensione per dimensione. Le risposte restano nel tuo browser.',
  'selfTestResult.others': 'Gli altri risultati possibili',

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
  'embedGuide.route.link': 'WordPress: incolla il link',
  'embedGuide.route.linkText':
    'Incolla questo indirizzo da solo su una riga del post: WordPress lo riconosce (oEmbed) e mostra l’autovalutazione. In Ghost diventa una scheda segnalibro (vedi sotto).',
  'embedGuide.route.iframe': 'Qualsiasi sito: iframe e script',
  'embedGuide.route.iframeText':
    'Funziona ovunque si possa incollare HTML. Lo script adatta l’altezza; senza, il riquadro resta alto 760 pixel e scorre.',
  'embedGuide.route.widget': 'Siti che accettano script: il componente web',
  'embedGuide.route.widgetText':
    'Il test vive in uno Shadow DOM: il CSS del tuo sito non lo tocca e lui non tocca il tuo. Puoi cambiarne i colori con --cac-accent, --cac-background, --cac-text e --cac-font.',
  'embedGuide.none': 'Non ci sono ancora autovalutazioni da incorporare in questa lingua.',
  'embedGuide.copy': 'Copia il codice',
  'embedGuide.copied': 'Codice copiato.',
  'embedGuide.preview': 'Anteprima',
  'embedGuide.previewOf': 'Anteprima:',
  'embedGuide.events': 'Eventi',
  'embedGuide.events.intro':
    'L’autovalutazione annuncia tre momenti alla pagina che la ospita, come eventi DOM: sull’iframe (con lo script /embed.js) e sul componente web. Puoi contarli con i tuoi strumenti di statistica.',
  'embedGuide.events.started': 'alla prima risposta;',
  'embedGuide.events.progress': 'ogni volta che cambia il numero di domande con una risposta;',
  'embedGuide.events.completed': 'ogni volta che compare un risultato.',
  'embedGuide.events.detail': 'Ogni evento porta in event.detail questi campi, e nessun altro:',
  'embedGuide.events.field.test': 'l’id dell’autovalutazione;',
  'embedGuide.events.field.locale': 'la sua lingua (it, en);',
  'embedGuide.events.field.band': 'l’id della fascia del risultato, solo in cac:completed;',
  'embedGuide.events.field.answered': 'quante domande hanno una risposta;',
  'embedGuide.events.field.total': 'quante domande ha l’autovalutazione.',
  'embedGuide.events.privacy':
    'Le risposte non sono mai negli eventi: né i valori scelti né il link del risultato. Noi non inviamo nulla a nessuno; gli eventi restano nella tua pagina, e se li passi ai tuoi strumenti di statistica la scelta (e l’informativa per chi legge) è tua.',
  'embedGuide.events.iframe':
    'Con l’iframe e /embed.js, tre righe bastano (track è la funzione del tuo strumento):',
  'embedGuide.events.widget': 'Con il componente web, lo stesso sul suo elemento:',
  'embedGuide.platforms': 'Piattaforma per piattaforma',
  'embedGuide.platforms.wordpress': 'WordPress',
  'embedGuide.platforms.wordpress.text':
    'Incolla il link dell’autovalutazione da solo su una riga: WordPress la incorpora e adatta l’altezza del riquadro al contenuto, che mostra una domanda alla volta.',
  'embedGuide.platforms.ghost': 'Ghost',
  'embedGuide.platforms.ghost.text':
    'Il link incollato diventa una scheda segnalibro (titolo, descrizione, immagine di condivisione del test), non il test: Ghost incorpora solo i fornitori del suo elenco. Per avere il test nel post, aggiungi una scheda HTML e incollaci il codice «Qualsiasi sito: iframe e script» qui sopra, con il pulsante Copia il codice.',
  'embedGuide.platforms.discourse': 'Discourse',
  'embedGuide.platforms.discourse.text':
    'Discourse incorpora il test dal link solo se chi amministra il forum aggiunge {embeds} all’impostazione «allowed iframes»; la nostra risposta oEmbed indica l’altezza del riquadro, come Discourse richiede. Senza quell’impostazione il test non viene incorporato.',
  'embedGuide.platforms.cards': 'Substack, Medium, LinkedIn, Notion',
  'embedGuide.platforms.cards.text':
    'Per un sito che non conoscono, queste piattaforme mostrano una scheda del link, non il test. La pagina del test le offre titolo, descrizione e immagine di condivisione (tag Open Graph); chi clicca fa il test sul nostro sito.',
  'embedGuide.platforms.html': 'Qualsiasi pagina HTML',
  'embedGuide.platforms.html.text':
    'Incolla il codice iframe con lo script, oppure, se la pagina accetta script, il componente web: trovi entrambi qui sopra.',
  'embedGuide.previews': 'Anteprime e risultati condivisi',
  'embedGuide.previews.ghost':
    'In Ghost, l’indirizzo di un’autovalutazione incollato nel post diventa una scheda segnalibro, costruita dai tag Open Graph della pagina: titolo, descrizione e immagine. Per avere il test vero e proprio nel post, incolla l’iframe con lo script in un blocco HTML.',
  'embedGuide.previews.share':
    'Chi fa il test può condividerne il risultato: il link porta alla pagina della sua fascia, e l’anteprima che compare in chat e sui social è la scheda di quella fascia (il test, il titolo della fascia, una riga che la riassume). Le risposte viaggiano nel link dopo il #, che il browser non invia a nessun server: chi lo apre ritrova il risultato completo, gli altri vedono la fascia.',
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
  'glossary.sources': 'Fonti della definizione',
  'glossary.related': 'Termini collegati',
  'glossary.essays': 'Se ne parla in',
  'glossary.all': 'Tutto il glossario',

  'og.kind.essay': 'Articolo',
  'og.kind.topic': 'Tema',
  'og.kind.selfTest': 'Autovalutazione',
  'og.alt': '{title}: {kind} di Cliente al centro',
  'og.result.alt': '{band}: {share} (risultato dell’autovalutazione «{test}» di Cliente al centro)',

  'rss.title': 'Cliente al centro: articoli',
  'figure.pendulum.caption':
    'Il pendolo: il lavoro di ogni settimana oscilla tra l’organizzazione e il cliente.',
  'figure.pendulum.alt':
    'Un pendolo sospeso tra due poli: a sinistra «Organizzazione», a destra «Cliente». Il peso è disegnato in tre posizioni, a indicare l’oscillazione tra i due.',
  'figure.pendulum.organisation': 'Organizzazione',
  'figure.pendulum.customer': 'Cliente',

  'book.title': 'Cliente al centro, il libro',
  'book.description':
    'Tutti gli articoli di Cliente al centro in un libro da stampare o da leggere come EPUB, con il confronto, il glossario e le fonti.',
  'book.intro':
    'Qui trovi l’intero sito in forma di libro: i cinque articoli con il nostro commento, il confronto tra le cinque voci, il glossario e le fonti, uno dopo l’altro.',
  'book.download': 'Scarica il libro in EPUB',
  'book.downloadNote':
    'Il file EPUB si apre con qualunque lettore di ebook (Libri, Kobo, Calibre, Thorium…).',
  'book.printHeading': 'Stamparlo',
  'book.print':
    'Per averlo su carta o in PDF usa il comando Stampa del browser (Ctrl+P, o Cmd+P su Mac): ogni capitolo comincia su una pagina nuova, i margini vanno bene sia per A4 sia per Letter, e accanto a ogni link compare il suo indirizzo. Scegli «Salva come PDF» come stampante per avere un PDF.',
  'book.contents': 'Indice',
  'book.chapter': 'Capitolo {n}',
  'book.edition': 'Edizione del {date}',
  'book.selfTest':
    'Sul sito questo capitolo contiene un’autovalutazione, «{title}», che qui non si può compilare. La trovi a questo indirizzo: {link}.',
  'book.sources': 'Fonti',
  'book.sourcesIntro':
    'Le opere che i capitoli e il confronto consigliano di leggere, in ordine alfabetico. I testi originali di ciascun capitolo sono citati alla sua fine.',
  'book.credits': 'Crediti e licenza',
  'book.licence':
    'I testi sono della redazione; le idee e i titoli degli originali restano dei loro autori. Puoi leggere, stampare e passare ad altri questo libro così com’è, per uso personale e citando il sito.',
  'book.online': 'La versione aggiornata, con le autovalutazioni e la ricerca, è su {link}.',
  'book.cover': 'Copertina',
  'book.landmarks': 'Punti di riferimento',
  'book.footerLink': 'Il libro: EPUB e stampa',
  'book.essaysLink': 'Tutti gli articoli in un libro (EPUB o stampa)',
} as const satisfies Record<string, string>;
