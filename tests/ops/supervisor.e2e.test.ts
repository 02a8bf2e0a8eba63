/**
 * scripts/supervisor.ts with small real child processes: a child that keeps dying is restarted with growing
 * delays and then given up on with a clear event; one that fails during start-up fails start() with its own
 * last words; an intentional stop is not a failure.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Supervisor, StartupError, type SupervisorEvent } from '../../scripts/supervisor.js';

const node = (code: string) => () => spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });

describe('Supervisor', () => {
  it('restarts a dying child with exponential backoff, then gives up after maxFailures in the window', async () => {
    const events: SupervisorEvent[] = [];
    const supervisor = new Supervisor({
      restart: { initialDelayMs: 50, maxDelayMs: 400, maxFailures: 4, windowMs: 30_000 },
      onEvent: (e) => events.push(e),
    });
    // Lives long enough to count as started (no health URL: 200 ms), then exits 3.
    await supervisor.start({ name: 'flaky', spawn: node('setTimeout(() => process.exit(3), 300)') });
    const gaveUp = await supervisor.givenUp;
    expect(gaveUp).toBe('flaky');
    const exits = events.filter((e) => e.type === 'exited');
    expect(exits.map((e) => e.type === 'exited' && e.restartInMs)).toEqual([50, 100, 200]);
    expect(exits.every((e) => e.type === 'exited' && e.exit === 'exit code 3')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'gave-up', name: 'flaky', failures: 4, exit: 'exit code 3' });
    await supervisor.stopAll();
  }, 30_000);

  it('fails start() with the reason the child printed when it exits during start-up', async () => {
    const supervisor = new Supervisor();
    const failing = supervisor.start({
      name: 'broken',
      spawn: node(
        "console.log(JSON.stringify({ level: 60, msg: 'broken crashed', err: { message: 'PORT: expected a " +
          "number' } }));" +
          ' process.exit(1)',
      ),
      healthUrl: 'http://127.0.0.1:1/health',
    });
    await expect(failing).rejects.toBeInstanceOf(StartupError);
    await expect(failing).rejects.toThrow(
      /broken stopped during start-up \(exit code 1\)[\s\S]*error: broken crashed: PORT: expected a number/,
    );
    await supervisor.stopAll();
  });

  it('does not restart a child stopped on purpose', async () => {
    const events: SupervisorEvent[] = [];
    const supervisor = new Supervisor({ onEvent: (e) => events.push(e) });
    const child = await supervisor.start({ name: 'steady', spawn: node('setInterval(() => {}, 1000)') });
    await supervisor.stop('steady');
    expect(child.signalCode).toBe('SIGTERM');
    await new Promise((r) => setTimeout(r, 700));
    expect(events).toEqual([]);
    expect(supervisor.children.get('steady')!.pid).toBe(child.pid);
  });

  it('restarts a child killed with SIGKILL and reports it healthy again', async () => {
    const events: SupervisorEvent[] = [];
    const supervisor = new Supervisor({
      restart: { initialDelayMs: 50, maxDelayMs: 100, maxFailures: 3, windowMs: 10_000 },
      onEvent: (e) => events.push(e),
    });
    const first = await supervisor.start({ name: 'victim', spawn: node('setInterval(() => {}, 1000)') });
    first.kill('SIGKILL');
    const deadline = Date.now() + 5_000;
    while (!events.some((e) => e.type === 'restarted') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(events[0]).toMatchObject({ type: 'exited', name: 'victim', exit: 'killed by SIGKILL', restartInMs: 50 });
    expect(events[1]).toMatchObject({ type: 'restarted', name: 'victim' });
    expect(supervisor.children.get('victim')!.pid).not.toBe(first.pid);
    await supervisor.stopAll();
    expect(
      supervisor.children.get('victim')!.exitCode !== null || supervisor.children.get('victim')!.signalCode !== null,
    ).toBe(true);
  });
});
