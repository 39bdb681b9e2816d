import foundationCss from '../styles/foundation.css';
import selfTestCss from '../styles/self-test.css';
import widgetCss from './widget.css';
import { define, ElementBase } from '../elements/define';
import '../elements/self-test-element';

/** Texts of the widget's own messages, filled in at build time from the locale's dictionary. */
declare const __CAC_WIDGET_MESSAGES__: { loading: string; unknown: string; failed: string };
/** The ids of the published tests, filled in at build time: an unknown id is answered without a request. */
declare const __CAC_WIDGET_TESTS__: string[];
const messages = __CAC_WIDGET_MESSAGES__;
const tests = new Set(__CAC_WIDGET_TESTS__);
const styles = foundationCss + selfTestCss + widgetCss;

/**
 * <cac-self-test-widget test="pendolo" theme="dark">: a self-test inside any page that allows
 * scripts. It loads the test's embed page from the site this script came from (the same
 * server-rendered questions, the same engine) into a Shadow DOM, so the host's CSS cannot reach
 * it and it cannot restyle the host. Theme it with --cac-accent, --cac-accent-strong,
 * --cac-background, --cac-text, --cac-font and --cac-font-headings on the element.
 */
class SelfTestWidget extends ElementBase {
  static get observedAttributes(): string[] {
    return ['test', 'theme'];
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
    const key = `${id}|${theme}`;
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
    if (!tests.has(id)) {
      say(messages.unknown);
      return;
    }
    try {
      const response = await fetch(new URL(`../embed/${id}/`, import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const test = page.querySelector(`cac-self-test[test-id="${id}"]`);
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
