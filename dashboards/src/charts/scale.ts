/** Axis arithmetic for the hand-drawn SVG charts: a "nice" upper bound and evenly spaced ticks. */

/** Ticks from 0 to a round number at or above `max`, about `count` steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Every k-th label so that labels keep at least `minGap` pixels apart. */
export function labelStride(count: number, width: number, minGap: number): number {
  if (count <= 1) return 1;
  const fits = Math.max(1, Math.floor(width / minGap));
  return Math.max(1, Math.ceil(count / fits));
}
