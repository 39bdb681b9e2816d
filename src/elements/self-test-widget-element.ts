import foundationCss from '../styles/foundation.css';
import selfTestCss from '../styles/self-test.css';
import selfTestResultCss from '../styles/self-test-result.css';
import selfTestPagerCss from '../styles/self-test-pager.css';
import widgetCss from '../styles/widget.css';
import { define, ElementBase } from './define';
import './self-test-element';
import { ATTRIBUTE } from './self-test/contract';

interface Edition {
  /** The widget's own messages, from the language's dictionary. */
  messages: { loading: string; unknown: string; failed: string };
  /** The ids of the published tests: an unknown id is answered without a request. */
  tests: string[];
  /** Where the language's embed pages are, relative to this script ("../en/embed/"). */
  embeds: string;
}
/** The site's languages, filled in at build time; the first is the default. */
declare const __CAC_WIDGET_EDITIONS__: Record<string, Edition>;
const editions = __CAC_WIDGET_EDITIONS__;
const DEFAULT_LANG = Object.keys(editions)[0] ?? 'it';
const styles = foundationCss + selfTestCss + selfTestResultCss + selfTestPagerCss + widgetCss;

/**
 * <cac-self-test-widget test="pendolo" theme="dark">: a self-test inside any page that allows
 * scripts. It loads the test's embed page from the site this script came from (the same
 * server-rendered questions, the same engine) into a Shadow DOM, so the host's CSS cannot reach
 * it and it cannot restyle the host. Theme it with --cac-accent, --cac-accent-strong,
 * --cac-background, --cac-text, --cac-font and --cac-font-headings on the element.
 * lang="en" loads the English edition (test="pendulum"); without it, or with a language the site
 * does not have, the Italian one.
 */
class SelfTestWidget extends ElementBase {
  static get observedAttributes(): string[] {
    return ['test', 'theme', 'lang'];
  }

  #loaded = '';

  connectedCallback(): void {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    void this.#load();
  }

  attributeChangedCallback(): void {
    if (this.shadowRoot) void this.#load();
  }

  async #load(): Promise<void> {
    const id = this.getAttribute('test') ?? '';
    const theme = this.getAttribute('theme');
    const lang = this.getAttribute('lang') ?? '';
    const edition = editions[lang] ?? editions[DEFAULT_LANG];
    if (!edition) return;
    const { messages } = edition;
    const key = `${id}|${theme}|${lang}`;
    if (this.#loaded === key) return;
    this.#loaded = key;
    const frame = document.createElement('div');
    frame.className = 'frame cac-theme';
    if (theme === 'light' || theme === 'dark') frame.dataset['theme'] = theme;
    const show = (...content: Node[]) => {
      const style = document.createElement('style');
      style.textContent = styles;
      frame.replaceChildren(...content);
      this.shadowRoot?.replaceChildren(style, frame);
    };
    const say = (text: string) => {
      const message = document.createElement('p');
      message.className = 'message';
      message.setAttribute('role', 'status');
      message.textContent = text.replace('{id}', id);
      show(message);
    };
    say(messages.loading);
    if (!edition.tests.includes(id)) {
      say(messages.unknown);
      return;
    }
    try {
      const response = await fetch(new URL(`${edition.embeds}${id}/`, import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const test = page.querySelector(`cac-self-test[${ATTRIBUTE.testId}="${id}"]`);
      if (!test) {
        say(messages.unknown);
        return;
      }
      if (this.#loaded !== key) return;
      const credit = page.querySelector('.credit');
      show(
        ...[test, credit]
          .filter((node): node is Element => node !== null)
          .map((node) => document.importNode(node, true)),
      );
    } catch (error) {
      console.warn('cac-self-test-widget:', error);
      say(messages.failed);
    }
  }
}

define('cac-self-test-widget', SelfTestWidget);
