// Runs scripts/serve.mjs in its own process for the length of the bench: Lighthouse
// and Playwright do heavy work in this process, and a server sharing its event loop
// would answer late and make the pages look slower than they are.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

/**
 * Resolves with { origin, stop } once the server has printed where it listens. With
 * `h2` (a folder for its certificate), HTTP/2 over TLS, as Pages serves a site.
 */
export function startServer(root, { h2 = null } = {}) {
  const args = [SERVE, root, '--port', '0', '--quiet', ...(h2 ? ['--h2', h2] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  return new Promise((ok, ko) => {
    const timer = setTimeout(() => {
      stop();
      ko(new Error('the static server did not start within 30 s'));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      ko(new Error(`the static server exited (${code}) before listening`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const m = line.match(/ at (https?:\/\/[^/\s]+)\//);
      if (!m) {
        stop();
        ko(new Error(`unexpected first line from the server: ${line}`));
        return;
      }
      ok({ origin: m[1], stop });
    });
  });
}
