import type { APIContext } from 'astro';
import { feed } from '../data/endpoints';

export const GET = (context: APIContext) => feed(context, 'it');
