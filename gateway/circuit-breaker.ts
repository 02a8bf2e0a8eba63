/**
 * A circuit breaker per subgraph URL, so a subgraph that stops answering costs one timeout, not one per request.
 *
 *   closed ──(failureThreshold consecutive fetches without an answer before the deadline)──▶ open
 *   open: every fetch to that URL fails at once (SUBGRAPH_UNAVAILABLE, reason circuit_open); after openMs a
 *     probe (GET /health with probeTimeoutMs) runs in the background: state half-open.
 *   half-open: fetches still fail at once; the probe answering 2xx closes the breaker, anything else re-opens it.
 *
 * The probe is the one that pays the wait, never a client request. Only timeouts count: a subgraph that answers,
 * even with an error status, is not hung, and a refused connection fails fast without help. Keyed by URL (not
 * subgraph name) so that several replicas of one subgraph each get their own breaker.
 */
import { healthUrlOf } from './ops-routes.js';

export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive timed-out fetches that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before a probe is sent. */
  openMs: number;
  /** Deadline of the health probe. */
  probeTimeoutMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: CircuitBreakerOptions = {
  failureThreshold: 2,
  openMs: 2_000,
  probeTimeoutMs: 1_000,
};

/** Thrown by `guard` while the breaker is open or half-open. */
export class CircuitOpenError extends Error {
  constructor(
    readonly url: string,
    readonly retryInMs: number,
  ) {
    super(`circuit open for ${url}`);
  }
}

export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;

  constructor(
    readonly url: string,
    private readonly options: CircuitBreakerOptions,
    private readonly onChange: (state: CircuitState) => void = () => {},
    private readonly probe: () => Promise<boolean> = () => probeHealth(url, options.probeTimeoutMs),
  ) {}

  get current(): CircuitState {
    return this.state;
  }

  /** Throws CircuitOpenError unless a fetch may go out now; starts the probe once the open period is over. */
  guard(): void {
    if (this.state === 'closed') return;
    const waited = Date.now() - this.openedAt;
    if (this.state === 'open' && waited >= this.options.openMs) this.startProbe();
    throw new CircuitOpenError(this.url, Math.max(0, this.options.openMs - waited));
  }

  recordSuccess(): void {
    this.failures = 0;
    if (this.state !== 'closed') this.moveTo('closed');
  }

  recordFailure(): void {
    this.failures += 1;
    if (this.state === 'closed' && this.failures >= this.options.failureThreshold) this.open();
  }

  private open(): void {
    this.openedAt = Date.now();
    this.moveTo('open');
  }

  private startProbe(): void {
    if (this.probing) return;
    this.probing = true;
    this.moveTo('half_open');
    this.probe()
      .catch(() => false)
      .then((healthy) => {
        this.probing = false;
        if (healthy) this.recordSuccess();
        else this.open();
      });
  }

  private moveTo(state: CircuitState): void {
    this.state = state;
    this.onChange(state);
  }
}

async function probeHealth(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(healthUrlOf(graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** One breaker per URL, created on first use. */
export class CircuitBreakers {
  private readonly byUrl = new Map<string, CircuitBreaker>();

  constructor(
    private readonly options: CircuitBreakerOptions = DEFAULT_BREAKER_OPTIONS,
    private readonly onChange: (url: string, state: CircuitState) => void = () => {},
  ) {}

  for(url: string): CircuitBreaker {
    let breaker = this.byUrl.get(url);
    if (!breaker) {
      breaker = new CircuitBreaker(url, this.options, (state) => this.onChange(url, state));
      this.byUrl.set(url, breaker);
    }
    return breaker;
  }
}
