import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A text with its optional easy-to-read (FALC) variant. */
export interface EasyText {
  text: string;
  easy?: string | undefined;
}

/**
 * Switches content text to its easy-to-read (FALC) variant when on. The element decides the
 * default (e.g. on for children) and shows a toggle only when the content has easy variants.
 */
export class EasyReadController implements ReactiveController {
  private value = false;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {}

  get on(): boolean {
    return this.value;
  }
  set on(next: boolean) {
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
  toggle(): void {
    this.on = !this.on;
  }
  /** The text to show: the easy variant when on and present, else the standard text. */
  pick(text: string, easy?: string): string;
  pick(text: string | undefined, easy?: string): string | undefined;
  pick(text: string | undefined, easy?: string): string | undefined {
    return this.value && easy && easy.trim() !== '' ? easy : text;
  }
}
