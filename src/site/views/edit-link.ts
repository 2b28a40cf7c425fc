/**
 * "Edit this page" links: the web editor of the file in the group's repository (GitHub, GitLab,
 * Gitea/Forgejo/Codeberg), or undefined when no repository is configured or its address is not an
 * http(s) one (a `javascript:` address must never become a link).
 */
export function editLink(repository: { url: string; branch: string } | undefined, filePath: string): string | undefined {
  if (!repository || !filePath || !/^https?:\/\//i.test(repository.url)) return undefined;
  const url = repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = filePath
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  const host = new URL(url).hostname;
  if (host.includes('gitlab')) return `${url}/-/edit/${repository.branch}/${path}`;
  if (host.includes('codeberg') || host.includes('gitea') || host.includes('forgejo')) return `${url}/_edit/${repository.branch}/${path}`;
  return `${url}/edit/${repository.branch}/${path}`;
}
