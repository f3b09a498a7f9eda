import { lockDataDir } from '../data-dir-lock';

/**
 * One process racing for data folders. Says `ready`, then for each line `<dir> <start epoch ms>`
 * read on stdin spins until that moment, tries to take the folder's lock and says `won` or
 * `refused`. It keeps every lock it took until stdin closes, when every contender has tried.
 */
process.stdout.write('ready\n');
let input = '';
process.stdin.on('data', (d) => {
  input += d;
  for (let nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n')) {
    const line = input.slice(0, nl);
    const [dir, at] = line.split(' ');
    input = input.slice(nl + 1);
    if (!dir) throw new Error(`expected "<dir> <start time>", got "${line}"`);
    const startAt = Number(at);
    while (Date.now() < startAt) {
      // Spin rather than sleep: the point is to start within the same millisecond as the others.
    }
    let outcome: string;
    try {
      lockDataDir(dir);
      outcome = 'won';
    } catch (e) {
      outcome = (e as Error).name === 'DataDirLockedError' ? 'refused' : `error: ${(e as Error).message}`;
    }
    process.stdout.write(`${outcome}\n`);
  }
});
process.stdin.on('end', () => process.exit(0));
