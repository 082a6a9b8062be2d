import cliProgress from 'cli-progress';

/** One progress bar for long steps; quiet when stderr is not a terminal (CI logs stay short). */
export function createProgress(label: string) {
  const interactive = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {detail}`, stream: process.stderr, hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let lastLine = '';
  return {
    update(done: number, total: number, detail: string, phase = '') {
      if (!interactive) {
        // In logs: one line per step (per phase while files are read, not per chunk).
        const line = phase === 'read' ? `${label}: ${phase}` : `${label}: ${phase} ${detail}`;
        if (line !== lastLine) process.stderr.write(`${line}\n`);
        lastLine = line;
        return;
      }
      if (!started) {
        bar.start(Math.max(total, 1), done, { detail });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { detail });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
