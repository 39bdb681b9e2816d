/**
 * On a self-test's result page: a shared result's link is this page plus the reader's answers in
 * the fragment (#<test id>=<code>). The fragment never reaches a server, so the page is the same
 * for everyone; when it carries answers for this test, the reader goes on to the test's page with
 * the same fragment, where the element shows the full result. Anyone else stays on the band's page.
 */
const page = document.querySelector<HTMLElement>('[data-result-page]');
const test = page?.dataset['test'];
const href = page?.dataset['testHref'];
if (test && href && new URLSearchParams(location.hash.slice(1)).has(test))
  location.replace(href + location.hash);
