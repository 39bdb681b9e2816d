import type { it } from './it';

/**
 * English UI strings: the same keys as it.ts (the type refuses a missing or an extra one).
 * `{name}` marks a value filled in at render time.
 */
export const en = {
  'site.name': 'Cliente al centro',
  'site.tagline': 'A knowledge base on customer centricity: ideas to read and to test yourself against.',
  'site.description':
    'Five essays on customer centricity, retold and linked together: people before acronyms, trust, time spent on the customer, experience measured.',
  'site.ogLocale': 'en_GB',

  'lang.name': 'English',
  'lang.label': 'Language',
  'lang.untranslated': 'page not translated yet: leads to the home page',

  'nav.menu': 'Menu',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.essays': 'Essays',
  'nav.topics': 'Topics',
  'nav.authors': 'Authors',
  'nav.glossary': 'Glossary',
  'nav.search': 'Search',
  'nav.selfTests': 'Self-assessments',
  'nav.compare': 'Compare',
  'nav.readingPaths': 'Reading paths',
  'skip.toContent': 'Skip to content',
  'breadcrumbs.label': 'You are here',

  'footer.credits':
    'The ideas in these texts come from the original writing of {authors}. Every page credits its author and title.',
  'footer.rights':
    'Texts by the Cliente al centro editors, written in our own words from the originals (which are in Italian).',
  'footer.embed': 'Embed the self-assessments',
  'footer.rss': 'RSS feed',
  'footer.sitemap': 'Sitemap',
  'footer.offline': 'Reading offline',
  'offline.title': 'Reading offline',
  'offline.description':
    'What this browser keeps of Cliente al centro for reading without a network, and how to clear it.',
  'offline.intro':
    'After your first visit, on a connection that is not metered, your browser keeps the pages of your language: essays, comparison, topics, glossary and self-assessments, with search. When the network is gone you open them from here, and search and the self-assessments still work. As soon as you are back online you always get the latest version. Nothing leaves your browser.',
  'offline.missing': 'You are offline and this page is not among the ones kept. You can read these:',
  'offline.state.static':
    'Finding out what this browser keeps takes JavaScript; the pages below are the ones the site keeps.',
  'offline.state.unsupported': 'This browser does not keep pages for reading offline.',
  'offline.state.none': 'For now this browser keeps no page of the site.',
  'offline.state.off': 'You turned offline reading off: this browser keeps no page of the site.',
  'offline.state.saving': 'Saving: {complete} of {total} files.',
  'offline.state.metered':
    'The connection is metered, so pages are not downloaded ahead: {complete} of {total} kept, the ones you opened.',
  'offline.state.ready': 'All set: {complete} of {total} files kept, about {size} in all for this site.',
  'offline.clear': 'Clear and turn offline reading off',
  'offline.save': 'Keep for reading offline again',
  'offline.list': 'To read without a network',
  'offline.notStored': '(not kept yet)',
  'list.and': ' and ',
  'list.separator': ', ',

  'home.title': 'Cliente al centro: ideas for truly putting the customer first',
  'home.heading': 'Cliente al centro',
  'home.intro':
    'Every company claims to put the customer at the centre; few can say what that means on a Monday morning. Here are five texts by different authors, retold in our own words and linked by topic: who the customer really is, why it pays to start from them, how much time we actually give them, and what keeps the relationship standing.',
  'home.manifesto.1': 'A customer is a person, not an acronym: B2B and B2C come afterwards.',
  'home.manifesto.2':
    'Putting the customer first is measured in hours, in data and in trust, not in slogans.',
  'home.manifesto.3': 'Every idea here comes from an author we credit; the words are ours.',
  'home.cta.selfTests': 'Test yourself',
  'home.cta.search': 'Search a topic',
  'home.testsHeading': 'Self-assessments',
  'home.glossaryHeading': 'Glossary',
  'home.glossaryIntro': 'The words that keep coming back in the essays, briefly explained.',
  'home.essaysHeading': 'Essays',
  'home.topicsHeading': 'Topics',
  'home.allEssaysCount': 'All essays ({count})',
  'home.allSelfTests': 'All self-assessments ({count})',

  'essays.title': 'Essays',
  'essays.description':
    'All the essays of Cliente al centro: five pieces on customer centricity, retold in English and linked by topic.',
  'essays.intro':
    'Each essay presents the ideas of an original text in the editors’ own words, and credits its author and title.',
  'essay.keyIdeas': 'In short',
  'essay.questions': 'Questions for you',
  'essay.questionsIntro': 'Before you close the page, try to answer honestly.',
  'essay.voice.original': 'What the original says',
  'essay.voice.originalNote':
    'The original’s ideas, reordered and told in our words; the few words quoted are in quotation marks.',
  'essay.voice.editorial': 'The editors’ voice',
  'essay.voice.editorialNote':
    'From here on the editors of Cliente al centro speak: the opinions, examples and sources are ours, not the original’s.',
  'essay.furtherReading': 'Further reading',
  'essay.furtherReadingIntro': 'Works we have checked: authors, title and year as published.',
  'essay.furtherReadingIn': 'in {publishedIn}',
  'essay.paths': 'In the reading paths',
  'essay.paths.step': 'Path “{path}”, step {step} of {total}.',
  'essay.paths.next': 'Next in this path:',
  'essay.paths.last': 'This is the last step: you have read the whole path.',
  'readingPaths.title': 'Reading paths',
  'readingPaths.description':
    'Three orders in which to read the essays of Cliente al centro, depending on what you need: leading a team, consultancy, working with customers every day.',
  'readingPaths.intro':
    'The essays can be read in any order; these paths are our suggestion for readers with a clear purpose. Each essay points you to the next step.',
  'readingPaths.count': '{count} essays',
  'readingPaths.start': 'Start with “{title}”',
  'readingPaths.all': 'All the paths, step by step',
  'compare.link': 'The five voices compared',
  'essay.source': 'Source',
  'essay.sourceText': 'This essay draws on the ideas of {title}, by {author}.',
  'essay.sourceTextUnknownAuthor':
    'This essay draws on the ideas of {title}, a text whose author the original does not name.',
  'essay.sourceTextUntitled': 'This essay presents a text by {author} that has no title of its own.',
  'essay.sourceTitle': '“{title}”',
  'essay.sourcePublisher.blog': 'Published on the {name} blog.',
  'essay.sourcePublisher.site': 'Published on the {name} website.',
  'essay.sourcePublisher.siteSection': 'Published on the {name} website, in its “{section}” section.',
  'essay.sourcePublisher.magazine': 'Published in {name}.',
  'essay.sourceYear': 'Year: {year}.',
  'essay.sourceLink': 'Read the original (in Italian)',
  'essay.sourceDisclaimer':
    'The text is the editors’ own: the sentences are ours, the ideas and facts belong to the original. The few words quoted are in quotation marks.',
  'essay.by': 'From the ideas of {author}',
  'essay.byUnknown': 'From a text whose author is not named',
  'essay.published': 'Published on {date}',
  'essay.updated': 'Updated on {date}',
  'essay.readingTime': '{minutes} min read',
  'essay.topics': 'Topics',
  'essay.anchor': 'Link to the section “{heading}”',
  'essay.toc': 'On this page',
  'essay.related': 'Read next',
  'essay.related.topics': 'same topic: {topics}',
  'essay.related.terms': 'terms in common: {terms}',

  'topics.title': 'Topics',
  'topics.description':
    'The topics of Cliente al centro: customer centricity, people and relationships, customer experience, trust, organisation, digital.',
  'topics.intro': 'The essays grouped by subject. An essay may belong to more than one topic.',
  'topic.essaysHeading': 'Essays on this topic',
  'pagination.label': 'More pages of the list',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {n}',
  'pagination.status': 'Page {n} of {count}',
  'pagination.title': '{title}, page {n}',
  'topic.count.one': '1 essay',
  'topic.count.other': '{count} essays',

  'authors.title': 'Authors',
  'authors.description': 'The authors of the original texts behind the essays of Cliente al centro.',
  'authors.intro':
    'The people and organisations who wrote the original texts. The biographies say only what the texts themselves say.',
  'author.essaysHeading': 'Essays drawn from their writing',
  'author.website': 'Personal website',
  'author.kind.person': 'Author',
  'author.kind.organisation': 'Organisation',
  'author.kind.unknown': 'Author not named',

  'notFound.title': 'Page not found',
  'notFound.description': 'The page you were looking for does not exist or has moved.',
  'notFound.text': 'The address may be wrong, or the page has moved. You can start again from here:',
  'notFound.home': 'the home page',
  'notFound.essays': 'the list of essays',
  'notFound.topics': 'the topics',

  'search.open': 'Search',
  'search.shortcut': 'Ctrl K',
  'search.dialogTitle': 'Search the site',
  'search.close': 'Close search',
  // Escape in the search dialog's field (issue 18).
  'search.cleared': 'Search field cleared: press Esc again to close.',
  'search.label': 'Search essays and topics',
  'search.placeholder': 'For example: trust, 40 hours, customer experience',
  'search.submit': 'Search',
  'search.hint': 'Type a word or an idea: results appear as you type.',
  'search.count.none': 'No results for “{query}”.',
  'search.count.one': '1 result for “{query}”.',
  'search.count.other': '{count} results for “{query}”.',
  'search.quote': '“{word}”',
  'search.results.one': '1 result',
  'search.results.other': '{count} results',
  'search.correction': 'No results for “{query}”: {results} for “{corrected}”.',
  'search.correctionWords': 'No page has {words}: {results} for “{corrected}”.',
  'search.words': 'For “{query}”: {results} with the words {words}, searched one by one.',
  'search.synonyms': ' Also searched as {words}.',
  'search.otherOnly': 'No results for “{query}” in English; {results} in Italian.',
  'search.otherFirst': '“{query}” looks Italian: {results} in Italian, {own} in English.',
  'search.other.one': 'In Italian: 1 result',
  'search.other.other': 'In Italian: {count} results',
  'search.answer': 'From the glossary',
  'search.count.filtersOnly': '{count} pages match the chosen filters.',
  'search.loading': 'Searching…',
  'search.more': 'Show more results',
  'search.subResults': 'Sections of the page',
  'search.unavailable': 'Search is not available right now. You can browse the essays and topics instead.',
  'search.devNotice':
    'The search index is missing: in development, search uses the one from the last build. Run “npm start” (or “npm run build”) once and try again.',
  'search.noscript': 'Search needs JavaScript. Without it, you can browse the essays and topics.',
  'search.advanced': 'Open the search page with filters',
  'search.filters': 'Filter the results',
  'search.filter.tipo': 'Type',
  'search.filter.tema': 'Topic',
  'search.filter.autore': 'Author',
  'search.sort': 'Sort by',
  'search.sort.relevance': 'relevance',
  'search.sort.date': 'date, newest first',
  'search.type.saggio': 'Essay',
  'search.type.tema': 'Topic',
  'search.type.glossario': 'Glossary',
  'search.type.autovalutazione': 'Self-assessment',
  'search.type.confronto': 'Comparison',
  'search.type.autore': 'Author',
  'search.type.percorso': 'Reading paths',
  'search.page.title': 'Search',
  'search.page.description':
    'Search the essays and topics of Cliente al centro: trust, time for the customer, customer experience, people and relationships.',
  'search.jsonLdName': 'Cliente al centro',

  'selfTests.title': 'Self-assessments',
  'selfTests.description':
    'Five short self-assessments, one per essay: answer, read a result that explains itself, come back whenever you like and share it.',
  'selfTests.intro':
    'Every essay ends with a question for its reader; these self-assessments turn that question into a tool. Your answers stay in your browser.',
  'selfTests.open': 'Take the self-assessment',
  'selfTests.fromEssay': 'From the essay “{title}”',
  'selfTest.heading': 'Test yourself',
  'selfTest.openPage': 'Open the self-assessment on its own page',
  'selfTest.progress': 'Answered: {answered} of {total}',
  'selfTest.submit': 'See the result',
  'selfTest.previous': 'Back',
  'selfTest.next': 'Next',
  'selfTest.step': 'Question {n} of {total}',
  'selfTest.reset': 'Start again',
  'selfTest.missing': 'Questions still without an answer ({count}):',
  'selfTest.resultTitle': 'Your result',
  'selfTest.overall': 'Overall score: {score} out of 100.',
  'selfTest.hours': '{hours} hours, {share}% of the assigned hours',
  'selfTest.summary': 'Result: {band}.',
  'selfTest.share': 'Share',
  'selfTest.shareLabel': 'Link to the result: the answers travel in the link, no server receives them',
  'selfTest.copy': 'Copy the link',
  'selfTest.copied': 'Link copied.',
  'selfTest.print': 'Print the result',
  'selfTest.backToEssay': 'Read the essay: {title}',
  'selfTest.privacy': 'Your answers stay in your browser: nothing is sent or stored anywhere else.',
  'selfTest.noscript': 'Working out the result needs JavaScript; the questions can still be read without it.',
  'selfTest.errorStep': 'Use multiples of {step} hours (for example 2.5).',
  'selfTest.errorRange': 'Enter a number of hours from 0 to {max}.',
  'selfTest.errorOver': 'You have assigned {assigned} hours out of {total}: {excess} too many.',
  'selfTest.sum': 'Assigned {assigned} hours out of {total}; {left} left.',
  // Hour fields read by our own parser (issue 18): what cannot be read, and what the total leaves out.
  'selfTest.errorNumber': 'Cannot read “{text}” as a number of hours: write it in digits, for example 2.5.',
  'selfTest.sumSkipped': 'Fields to correct are not counted ({count}).',
  'selfTest.audience': 'Who it is for',
  'selfTest.score': '{score}/100',
  'selfTest.onlyDontKnow': 'Only “I don’t know” answers: no score.',
  'selfTest.stepLine': 'Next step: {step}',
  'selfTest.basis': 'The result rests on {answered} answers out of {total}.',
  'selfTest.basisDontKnow':
    'The result rests on {answered} answers out of {total} ({dontKnow} “I don’t know”).',
  'selfTest.hoursBasis':
    'The shares are of the {assigned} hours you assigned; {unassigned} of {total} hours are left unassigned.',
  'selfTest.hoursBasisAll': 'The shares are of all {assigned} hours worked.',
  'selfTest.dimensions': 'Dimension by dimension',
  'selfTest.organisation': 'Your organisation, as far as you can see (not part of your score)',
  'selfTest.readMore': 'Read more about “{label}” in the essay',
  'selfTest.withheld': 'The result is not ready yet.',
  'selfTest.withheldDontKnow':
    'You gave {answered} answers other than “I don’t know” out of {total}: an honest result needs at least {needed}. Answer a few more questions, even just where you have an idea.',
  'selfTest.withheldOver':
    'You have assigned {assigned} hours out of {total}: take away {excess} to see the result.',
  'selfTest.withheldFew':
    'You have assigned {assigned} hours out of {total}: the result appears once you assign at least {needed}, half of the hours worked.',
  'selfTest.copyText': 'Copy as text',
  'selfTest.copiedText': 'Text copied.',
  'selfTest.textLabel': 'The result as text: select it and copy it',
  'selfTest.printed': 'Printed on {date}',
  'selfTest.answers': 'Your answers',
  'selfTest.pendulum':
    'The pendulum leans towards the customer for {share}% of the assigned hours (end customer and internal customers together).',

  'selfTestResult.title': '{band} · {test}',
  'selfTestResult.of': 'A result of the self-assessment “{test}”',
  'selfTestResult.take': 'Take the test',
  'selfTestResult.takeNote':
    'Answer the questions and see your own result, dimension by dimension. Your answers stay in your browser.',
  'selfTestResult.others': 'The other possible results',

  'embedGuide.title': 'Embed a self-assessment',
  'embedGuide.description':
    'Put a Cliente al centro self-assessment on your blog: WordPress, Ghost, a static site or a plain HTML page. No cookies, no tracking.',
  'embedGuide.intro':
    'Choose a self-assessment and the look you prefer, then copy the code that suits your site. The frame fits the width of your post and the height of its content.',
  'embedGuide.privacy':
    'The promise is simple: no cookies, no tracking, no requests to other servers. Answers stay in the reader’s browser and reach neither us nor you.',
  'embedGuide.choose': 'Choose',
  'embedGuide.test': 'Self-assessment',
  'embedGuide.theme': 'Theme',
  'embedGuide.theme.auto': 'Follow the reader’s system',
  'embedGuide.theme.light': 'Light',
  'embedGuide.theme.dark': 'Dark',
  'embedGuide.accent': 'Accent colour (optional)',
  'embedGuide.accentHelp':
    'A hexadecimal colour, for example #336699. If it is too light for text, we use it only for bars and borders.',
  'embedGuide.routes': 'The code to paste',
  'embedGuide.route.link': 'WordPress: paste the link',
  'embedGuide.route.linkText':
    'Paste this address on a line of its own in your post: WordPress recognises it (oEmbed) and shows the self-assessment. In Ghost it becomes a bookmark card (see below).',
  'embedGuide.route.iframe': 'Any site: iframe and script',
  'embedGuide.route.iframeText':
    'Works wherever HTML can be pasted. The script adjusts the height; without it, the frame stays 760 pixels tall and scrolls.',
  'embedGuide.route.widget': 'Sites that accept scripts: the web component',
  'embedGuide.route.widgetText':
    'The test lives in a Shadow DOM: your site’s CSS does not touch it and it does not touch yours. You can change its colours with --cac-accent, --cac-background, --cac-text and --cac-font.',
  'embedGuide.none': 'There are no self-assessments to embed in this language yet.',
  'embedGuide.copy': 'Copy the code',
  'embedGuide.copied': 'Code copied.',
  'embedGuide.preview': 'Preview',
  'embedGuide.previewOf': 'Preview:',
  'embedGuide.events': 'Events',
  'embedGuide.events.intro':
    'The self-assessment announces three moments to the page it is embedded in, as DOM events: on the iframe (with the /embed.js script) and on the web component. You can count them with your own analytics.',
  'embedGuide.events.started': 'at the first answer;',
  'embedGuide.events.progress': 'each time the number of answered questions changes;',
  'embedGuide.events.completed': 'each time a result is shown.',
  'embedGuide.events.detail': 'Each event carries these fields in event.detail, and no others:',
  'embedGuide.events.field.test': 'the self-assessment’s id;',
  'embedGuide.events.field.locale': 'its language (it, en);',
  'embedGuide.events.field.band': 'the id of the result’s band, in cac:completed only;',
  'embedGuide.events.field.answered': 'how many questions have an answer;',
  'embedGuide.events.field.total': 'how many questions the self-assessment has.',
  'embedGuide.events.privacy':
    'The answers are never in the events: neither the values chosen nor the result’s link. We send nothing anywhere; the events stay in your page, and if you pass them to your analytics, the choice (and telling your readers) is yours.',
  'embedGuide.events.iframe':
    'With the iframe and /embed.js, three lines are enough (track is your tool’s function):',
  'embedGuide.events.widget': 'With the web component, the same on its element:',
  'embedGuide.platforms': 'Platform by platform',
  'embedGuide.platforms.wordpress': 'WordPress',
  'embedGuide.platforms.wordpress.text':
    'Paste the self-assessment’s link on a line of its own: WordPress embeds it and fits the frame’s height to its content, which shows one question at a time.',
  'embedGuide.platforms.ghost': 'Ghost',
  'embedGuide.platforms.ghost.text':
    'The pasted link becomes a bookmark card (the test’s title, description and share image), not the test: Ghost embeds only the providers on its list. To have the test in your post, add an HTML card and paste into it the “Any site: iframe and script” code above, with its Copy the code button.',
  'embedGuide.platforms.discourse': 'Discourse',
  'embedGuide.platforms.discourse.text':
    'Discourse embeds the test from its link only if the forum’s admin adds {embeds} to the “allowed iframes” setting; our oEmbed response gives the frame’s height, as Discourse requires. Without that setting the test is not embedded.',
  'embedGuide.platforms.cards': 'Substack, Medium, LinkedIn, Notion',
  'embedGuide.platforms.cards.text':
    'For a site they do not know, these platforms show a link card, not the test. The test’s page offers them its title, description and share image (Open Graph tags); whoever clicks takes the test on our site.',
  'embedGuide.platforms.html': 'Any HTML page',
  'embedGuide.platforms.html.text':
    'Paste the iframe code with its script or, if the page accepts scripts, the web component: both are above.',
  'embedGuide.previews': 'Previews and shared results',
  'embedGuide.previews.ghost':
    'In Ghost, a self-assessment’s address pasted into a post becomes a bookmark card, built from the page’s Open Graph tags: title, description and image. To have the test itself in the post, paste the iframe with the script into an HTML block.',
  'embedGuide.previews.share':
    'Readers who take the test can share their result: the link leads to the page of their band, and the preview chat apps and social networks show is that band’s card (the test, the band’s title, a line that sums it up). The answers travel in the link after the #, which the browser sends to no server: whoever gave them sees the full result again, everyone else sees the band.',
  'widget.loading': 'Loading the self-assessment…',
  'widget.unknown': 'There is no self-assessment “{id}” on Cliente al centro: check the test attribute.',
  'widget.failed': 'The self-assessment could not be loaded. Please try again later.',
  'embed.credit': 'A self-assessment from {site}, based on the essay {essay}.',

  'glossary.define': 'What does “{term}” mean?',
  'glossary.title': 'Glossary',
  'glossary.description':
    'The vocabulary of customer centricity, briefly explained: customer experience, internal customer, loyalty, trust, B2B, H2H and more.',
  'glossary.intro':
    'The terms that recur in the essays, each explained in plain words and linked to the texts that discuss it. In the essays, the first mention of a term leads here.',
  'glossary.letters': 'Letters',
  'glossary.pageTitle': '{term}: what it means',
  'glossary.aliases': 'Also called',
  'glossary.sources': 'Where the definition comes from',
  'glossary.related': 'Related terms',
  'glossary.essays': 'Discussed in',
  'glossary.all': 'The whole glossary',

  'og.kind.essay': 'Essay',
  'og.kind.topic': 'Topic',
  'og.kind.selfTest': 'Self-assessment',
  'og.alt': '{title}: {kind} from Cliente al centro',
  'og.result.alt': '{band}: {share} (a result of the self-assessment “{test}” from Cliente al centro)',

  'rss.title': 'Cliente al centro: essays in English',
  'figure.pendulum.caption':
    'The pendulum: each week’s work swings between the organisation and the customer.',
  'figure.pendulum.alt':
    'A pendulum hanging between two poles: “Organisation” on the left, “Customer” on the right. The weight is drawn in three positions, showing the swing between the two.',
  'figure.pendulum.organisation': 'Organisation',
  'figure.pendulum.customer': 'Customer',

  'book.title': 'Cliente al centro, the book',
  'book.description':
    'Every essay of Cliente al centro as a book to print or to read as an EPUB, with the comparison, the glossary and the sources.',
  'book.intro':
    'The whole site as a book: the five essays with our commentary, the five voices compared, the glossary and the sources, one after the other.',
  'book.download': 'Download the book as EPUB',
  'book.downloadNote': 'An EPUB file opens in any e-book reader (Books, Kobo, Calibre, Thorium…).',
  'book.printHeading': 'Printing it',
  'book.print':
    'For paper or a PDF, use your browser’s Print command (Ctrl+P, or Cmd+P on a Mac): each chapter starts on a new page, the margins suit both A4 and Letter, and every link is followed by its address. Choose “Save as PDF” as the printer to get a PDF.',
  'book.contents': 'Contents',
  'book.chapter': 'Chapter {n}',
  'book.edition': 'Edition of {date}',
  'book.selfTest':
    'On the site this chapter holds a self-assessment, “{title}”, which cannot be filled in here. You will find it at this address: {link}.',
  'book.sources': 'Sources',
  'book.sourcesIntro':
    'The works the chapters and the comparison suggest reading, in alphabetical order. Each chapter’s original text is credited at its end.',
  'book.credits': 'Credits and licence',
  'book.licence':
    'The texts are the editors’; the ideas and titles of the originals remain their authors’. You may read, print and pass on this book as it is, for personal use and naming the site.',
  'book.online': 'The current version, with the self-assessments and search, is at {link}.',
  'book.cover': 'Cover',
  'book.landmarks': 'Landmarks',
  'book.footerLink': 'The book: EPUB and print',
  'book.essaysLink': 'All the essays in one book (EPUB or print)',
} as const satisfies Record<keyof typeof it, string>;
