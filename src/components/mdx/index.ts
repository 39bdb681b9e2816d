import Aside from './Aside.astro';
import Pendulum from './Pendulum.astro';
import SelfTest from './SelfTest.astro';

/** Components essay authors can use in MDX without importing them. */
export const mdxComponents = { Aside, Pendulum, SelfTest };
