/** Progress bars on stdout when it is a terminal; silent otherwise (logs, CI, pipes). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(value: number, label: string): void;
  stop(): void;
}

export function startProgress(title: string, total: number, enabled = Boolean(process.stdout.isTTY)): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${title.padEnd(6)} {bar} {value}/{total} {label}`,
      stream: process.stdout,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    update: (value, label) => bar.update(value, { label }),
    stop: () => bar.stop(),
  };
}
