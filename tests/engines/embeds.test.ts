import { expect, test } from 'vitest';
import { forEachEngine } from '../support/engines';
import { completeSelfTest } from '../support/engines/self-test-flow';

// A blogger's page on another origin, with the site's self-tests embedded the ways the guide gives.
const TEST = 'cac-self-test';
const contentHeight = () => Math.ceil(document.body.getBoundingClientRect().height);
const frameHeight = (selector: string) =>
  Math.round(document.querySelector<HTMLIFrameElement>(selector)!.getBoundingClientRect().height);

forEachEngine((run) => {
  /** Whether the framed test's iframe is as tall as its content (±2 px): embed.js has sized it. */
  const fits = async () => {
    const inside = await run.session.inFrame('#framed', () => run.session.run(contentHeight));
    return Math.abs((await run.session.run(frameHeight, '#framed')) - inside) <= 2;
  };

  test('the iframe snippet with /embed.js: the frame fits the test, and grows with its result', async () => {
    const { session, until } = run;
    await session.goto(`${run.hosts}/blog.html?__TEST__=fiducia&__WIDGET__=pendolo`);
    await expect.poll(fits, { timeout: 20_000 }).toBe(true);
    const before = await session.run(frameHeight, '#framed');
    const band = await session.inFrame('#framed', () => completeSelfTest(run, TEST));
    expect(band.length).toBeGreaterThan(3);
    await expect.poll(fits, { timeout: 20_000 }).toBe(true);
    expect(await session.run(frameHeight, '#framed')).toBeGreaterThan(before);
    // The frame is sized by the host page; it never scrolls inside.
    expect(
      await session.inFrame('#framed', () =>
        session.run(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
      ),
    ).toBeLessThanOrEqual(1);
    expect(await until(() => location.origin)).toBe(run.hosts);
  });

  test('the web component: the test in its shadow root, answered to a result', async () => {
    await run.session.goto(`${run.hosts}/blog.html?__TEST__=fiducia&__WIDGET__=pendolo`);
    // The framed test above restores the previous test's result and grows, moving the widget
    // down: a click aimed while it moves can land beside its radio (CI saw it once in Chromium).
    await expect.poll(fits, { timeout: 20_000 }).toBe(true);
    const band = await completeSelfTest(run, `cac-self-test-widget >>> ${TEST}`, { hours: '30' });
    expect(band.length).toBeGreaterThan(3);
    // The host page's own document holds no part of the test: it is all in the shadow root.
    expect(await run.session.run(() => document.querySelectorAll('fieldset.question').length)).toBe(0);
  });

  test('WordPress: the sandboxed frame is styled exactly as a plain one, one question at a time, resized by the secret protocol', async () => {
    const { session, until } = run;
    await session.goto(`${run.hosts}/wordpress.html?__TEST__=centralita-del-cliente&__SECRET__=Ab12cd`);
    // wp-embed shows the frame (drops its clip style) once the frame has spoken with the secret.
    await until(() => !document.querySelector('iframe.wp-embedded-content')!.hasAttribute('style'));
    const wordpress = 'iframe.wp-embedded-content';
    const paged = await session.inFrame(wordpress, async () => {
      await until(() => document.querySelector('cac-self-test[ready]') !== null);
      return session.run(
        () => document.querySelectorAll('fieldset.question:not([hidden]):not([hidden] fieldset)').length,
      );
    });
    expect(paged).toBe(1);
    const band = await session.inFrame(wordpress, () => completeSelfTest(run, TEST, { option: 'first' }));
    expect(band.length).toBeGreaterThan(3);
    const height = await until(() => {
      const messages = (window as unknown as { received: { message: string; value: number }[] }).received;
      return messages.filter((message) => message.message === 'height').at(-1)?.value ?? 0;
    });
    expect(height).toBeGreaterThanOrEqual(200);
    expect(height).toBeLessThanOrEqual(1000);

    // The same page in a plain frame and in a sandboxed one (an opaque origin, as WordPress makes it).
    const styles = async (sandboxed: boolean) => {
      await session.run(
        (src: string, sandbox: boolean) => {
          document.querySelector('#probe')?.remove();
          const frame = document.createElement('iframe');
          frame.id = 'probe';
          if (sandbox) frame.setAttribute('sandbox', 'allow-scripts');
          frame.src = src;
          frame.width = '600';
          frame.height = '800';
          document.body.append(frame);
        },
        `${run.site}/embed/pendolo/`,
        sandboxed,
      );
      return session.inFrame('#probe', async () => {
        await until(() => document.querySelector('cac-self-test[ready]') !== null);
        return session.run(() => {
          const style = (selector: string) => {
            const element = document.querySelector(selector);
            if (!element) return null;
            const cs = getComputedStyle(element);
            return [
              cs.fontFamily,
              cs.color,
              cs.backgroundColor,
              cs.padding,
              cs.borderTopWidth,
              cs.fontSize,
            ].join('|');
          };
          return {
            origin: self.origin,
            styles: ['body', 'main', 'h1', 'legend', 'button.button', '.field', '.credit', '.progress'].map(
              style,
            ),
          };
        });
      });
    };
    const plain = await styles(false);
    const sandboxed = await styles(true);
    expect(plain.origin).toBe(run.site);
    expect(sandboxed.origin).toBe('null');
    expect(plain.styles.every((style) => style !== null)).toBe(true);
    expect(sandboxed.styles).toEqual(plain.styles);
  });
});
