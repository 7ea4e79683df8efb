'use strict';
// Browser tests drive Debian's Chromium with playwright-core (Playwright's own browser
// download cannot reach its host from these machines). On a fresh Debian machine, running
// as root, install the package; elsewhere say what to do instead of failing obscurely.
const { execFileSync } = require('child_process');
const fs = require('fs');

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

function findChromium() {
  return candidates.find((file) => fs.existsSync(file));
}

function ensureChromium() {
  const found = findChromium();
  if (found) {
    return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error('No Chromium found for the browser tests. Install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  }
  console.log('Installing Debian\'s chromium package for the browser tests …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findChromium();
  if (!installed) {
    throw new Error('apt-get installed chromium, but no executable was found at /usr/bin/chromium.');
  }
  return installed;
}

module.exports = { ensureChromium, findChromium };

if (require.main === module) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
