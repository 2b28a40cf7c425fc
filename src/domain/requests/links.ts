/**
 * The site's action links: plain links to a GitHub issue form with its fields filled in, using the
 * documented query parameters of `/issues/new` (`template=<file>`, `title=…`, and each field's `id`
 * for its value). They are built only for a repository on github.com; anything else (no repository,
 * GitLab, a `javascript:` address) gives no link.
 */
import type { Group } from '../../schemas/group.ts';
import { formOf, type FieldId, type RequestKind } from './forms.ts';

export type Repository = NonNullable<Group['repository']>;

/**
 * The repository the site links to: `group.yaml`'s `repository`, else the address in `fallbackUrl`
 * (the deploy workflow's `REPOSITORY_URL`, `https://github.com/<owner>/<repo>`), when it is an
 * http(s) address; otherwise none.
 */
export function siteRepository(configured: Group['repository'], fallbackUrl: string | undefined): Repository | undefined {
  if (configured) return configured;
  const url = fallbackUrl?.trim();
  if (!url || !/^https?:\/\/[^/\s]+\/[^\s]+$/i.test(url)) return undefined;
  return { url: url.replace(/\/+$/, ''), branch: 'main' };
}

/** The web address of a GitHub repository (`https://github.com/org/repo`), or undefined for any other host. */
export function githubRepositoryUrl(repository: Repository | undefined): string | undefined {
  if (!repository || !/^https?:\/\//i.test(repository.url)) return undefined;
  let url: URL;
  try {
    url = new URL(repository.url.replace(/\/+$/, '').replace(/\.git$/, ''));
  } catch {
    return undefined;
  }
  if (url.hostname.toLowerCase() !== 'github.com') return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return undefined;
  return `https://github.com/${parts[0]}/${parts[1]}`;
}

/**
 * The link that opens the `kind` form with `fields` filled in and `title` as the title, or
 * undefined when the repository is not on GitHub. Values are URL-encoded; unknown field ids are
 * refused at compile time.
 */
export function requestLink(repository: Repository | undefined, kind: RequestKind, fields: Partial<Record<FieldId, string>>, title?: string): string | undefined {
  const base = githubRepositoryUrl(repository);
  if (!base) return undefined;
  const form = formOf(kind);
  const params = new URLSearchParams({ template: form.file, title: title ?? form.title });
  for (const field of form.fields) {
    const value = fields[field.id];
    if (value) params.set(field.id, value);
  }
  return `${base}/issues/new?${params.toString()}`;
}
