import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface KioskOptions {
  /** Called when the inactivity delay runs out: reset the element and wipe its session data. */
  onReset: () => void;
  /** Seconds of warning before the reset (default 30, at least 20: WCAG 2.2.1). */
  warning?: number;
}

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * Inactivity timer for shared centre devices: after `timeout` seconds without activity it warns
 * (announced, with a "continue" button), then resets. Pausable (`pause()`/`resume()`), and
 * off when `timeout` is 0. Activity anywhere in the host counts.
 */
export class KioskController implements ReactiveController {
  /** Seconds without activity before the warning + reset; 0 = off. */
  timeout = 0;
  /** `idle` (counting), `warning` (counting down), `paused`, or `off`. */
  phase: 'off' | 'idle' | 'warning' | 'paused' = 'off';
  /** Seconds left during the warning. */
  remaining = 0;
  /** Set after a reset, until the next activity: lets the element announce it. */
  justReset = false;

  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;
  private readonly onActivity = (e: Event) => this.activity(e.type);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KioskOptions,
  ) {
    host.addController(this);
  }

  get warningSeconds(): number {
    return Math.max(20, this.options.warning ?? 30);
  }

  hostConnected(): void {
    for (const t of ACTIVITY) this.host.addEventListener(t, this.onActivity, { passive: true });
    this.restart();
  }

  hostDisconnected(): void {
    for (const t of ACTIVITY) this.host.removeEventListener(t, this.onActivity);
    this.clear();
  }

  /** Call after changing `timeout`. */
  restart(): void {
    this.clear();
    if (!(this.timeout > 0)) {
      this.setPhase('off');
      return;
    }
    this.setPhase('idle');
    const idleMs = Math.max(0, this.timeout - this.warningSeconds) * 1000;
    this.idleTimer = setTimeout(() => this.warn(), idleMs);
  }

  /** Stops counting (e.g. while a worker is helping a resident). */
  pause(): void {
    if (this.phase === 'off') return;
    this.clear();
    this.setPhase('paused');
  }

  resume(): void {
    if (this.phase === 'paused') this.restart();
  }

  /** "I'm here": back to counting from zero. */
  stillHere(): void {
    this.restart();
  }

  private activity(type: string): void {
    // The next person's first touch or key ends the "screen was reset" message. A focus move
    // does not: the element itself moves focus to its start after a reset.
    if (this.justReset && type !== 'focusin') {
      this.justReset = false;
      this.host.requestUpdate();
    }
    // During the warning, only the explicit button resets the count: a stray touch is not enough.
    if (this.phase === 'idle') this.restart();
  }

  private warn(): void {
    this.remaining = this.warningSeconds;
    this.setPhase('warning');
    this.tick = setInterval(() => {
      this.remaining -= 1;
      if (this.remaining <= 0) {
        this.clear();
        this.options.onReset();
        this.justReset = true;
        this.restart();
      }
      this.host.requestUpdate();
    }, 1000);
  }

  private setPhase(p: KioskController['phase']): void {
    this.phase = p;
    this.host.requestUpdate();
  }

  private clear(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.tick);
    this.idleTimer = this.tick = undefined;
  }
}
