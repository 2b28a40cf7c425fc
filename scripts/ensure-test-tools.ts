/**
 * Runs before `npm test`: the browser tests need Debian's Chromium and the calendar/feed checks need
 * Python's icalendar and feedparser (independent clients). Installs them with apt-get when running as
 * root (CI, fresh machines of this kind); otherwise says exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const missing: string[] = [];
if (!existsSync(CHROME)) missing.push('chromium');
for (const [module, pkg] of [
  ['icalendar', 'python3-icalendar'],
  ['feedparser', 'python3-feedparser'],
] as const) {
  if (spawnSync('/usr/bin/python3', ['-c', `import ${module}`]).status !== 0) missing.push(pkg);
}

if (missing.length > 0) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing test tools from Debian: ${missing.join(' ')}`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The tests need these Debian packages: ${missing.join(' ')}\nInstall them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}
