import Aside from './Aside.astro';
import Commentary from './Commentary.astro';
import Pendulum from './Pendulum.astro';
import Retelling from './Retelling.astro';
import SelfTest from './SelfTest.astro';

/** Components essay authors can use in MDX without importing them. */
export const mdxComponents = { Aside, Commentary, Pendulum, Retelling, SelfTest };
