/** The demo element with a small saved state, to exercise the storage controller (`keep`, `tools`). */
import { html } from 'lit';
import * as z from 'zod/mini';
import { defineElement } from '../element/define.js';
import type { DeviceStoreBase } from '../storage/records.js';
import { StorageController } from '../storage/storage-controller.js';
import { QdDemo, type DemoContent } from './test-element.js';

export class QdStoreDemo extends QdDemo {
  saved = z.object({ step: z.number() });
  readonly store = new StorageController(this, this.voice);
  progress?: DeviceStoreBase<{ step: number }>;
  /** What the store had kept when the content arrived. */
  resumed?: { step: number };
  protected override contentChanged(_c: DemoContent): void {
    this.progress = this.resumed = undefined;
    this.store.keep(
      { type: 'demo-progress', id: 'accueil', version: 1, schema: this.saved },
      (s, saved) => {
        this.progress = s;
        this.resumed = saved;
      },
    );
  }
  saveProgress(step: number) {
    return this.progress ? this.store.save(this.progress, { step }) : undefined;
  }
  protected override renderContent(c: DemoContent) {
    return html`${super.renderContent(c)}
    ${this.store.tools({
      onExport: () => this.progress?.download({ step: 0 }),
      onImport: (text) => this.store.importInto(this.progress, text, () => true),
      onErase: () => {
        this.progress?.clear();
        this.announce(this.t('erased'));
      },
    })}`;
  }
}
defineElement('qd-store-demo', QdStoreDemo);

declare global {
  interface HTMLElementTagNameMap {
    'qd-store-demo': QdStoreDemo;
  }
}
