import type { SelfTestDefinition } from '../../lib/self-test/types';
import type { SelfTestMessages } from './contract';

/** What the element hands its parts: itself, its test, its texts, its language, and numbers in it. */
export interface SelfTestContext {
  root: HTMLElement;
  test: SelfTestDefinition;
  messages: SelfTestMessages;
  lang: string;
  format: (value: number) => string;
}
