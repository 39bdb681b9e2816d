import type { SelfTestDefinition } from '../../lib/self-test/types';
import type { SelfTestMessages } from './contract';

/** What the element hands its parts: itself, its test, its texts, and numbers in its language. */
export interface SelfTestContext {
  root: HTMLElement;
  test: SelfTestDefinition;
  messages: SelfTestMessages;
  format: (value: number) => string;
}
