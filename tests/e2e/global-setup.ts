/**
 * Builds the site twice for the browser tests: at the root (dist/) and under a sub-path
 * (dist-base/, BASE_PATH=/reading-group/).
 */
import { buildSite } from '../helpers/build-site.ts';

export const SUB_PATH = '/reading-group/';

export default async function setup(): Promise<void> {
  await Promise.all([buildSite('dist', { SITE_URL: 'https://example.org', BASE_PATH: '/' }), buildSite('dist-base', { SITE_URL: 'https://org.github.io', BASE_PATH: SUB_PATH })]);
}
