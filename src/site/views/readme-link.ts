/**
 * A link to a section of the README in the group's repository (GitHub, GitLab, Gitea/Forgejo/
 * Codeberg), for the organiser's hints on the site; undefined without an http(s) repository.
 */
export function readmeLink(repository: { url: string; branch: string } | undefined, anchor = ''): string | undefined {
  if (!repository || !/^https?:\/\//i.test(repository.url)) return undefined;
  const url = repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const host = new URL(url).hostname;
  const branch = encodeURIComponent(repository.branch);
  const hash = anchor ? `#${encodeURIComponent(anchor)}` : '';
  if (host.includes('gitlab')) return `${url}/-/blob/${branch}/README.md${hash}`;
  if (host.includes('codeberg') || host.includes('gitea') || host.includes('forgejo')) return `${url}/src/branch/${branch}/README.md${hash}`;
  return `${url}/blob/${branch}/README.md${hash}`;
}
