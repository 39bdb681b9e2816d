import type { APIContext } from 'astro';
import { oEmbed } from '../../data/endpoints';
import { selfTestPaths, type SelfTest } from '../../data/self-tests';

export const getStaticPaths = () => selfTestPaths('it');

export const GET = ({ props, site }: APIContext<{ test: SelfTest }>) => oEmbed(props.test, site);
