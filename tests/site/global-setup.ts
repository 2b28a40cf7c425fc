/** Builds the site once (into dist/) before the site checks. */
import { buildSite } from '../helpers/build-site.ts';

export default async function setup(): Promise<void> {
  await buildSite('dist', { SITE_URL: 'https://example.org', BASE_PATH: '/' });
}
