/**
 * The way taken, kept on the device: a part of `<qd-scenario>` (docs/decisions/0027), fetched only
 * when the embedder opts in with `storage` (a page without it never downloads this code, nor core's
 * storage door). Through core's `StorageController` (versioned, checked again on load, damaged data
 * set aside, export, resume from a file, erase): the steps and the choices made, and the values of
 * the story's variables. A progress saved without `vars` loads the same: the values are always
 * played again from the way taken.
 */
import { nothing, type TemplateResult } from 'lit';
import {
  StorageController,
  type Catalog,
  type DeviceStoreBase,
  type StorageHost,
  type Voice,
} from '@quartiers-douai/core';
import type { ProgressKey } from '../messages.js';
import type { ScenarioContent } from '../story-schema.js';
import { PROGRESS_VERSION, progressSchema, type Progress } from './progress.js';

/** The French text of the progress: it joins `<qd-scenario>`'s catalog when this part comes. */
export const progressFr: Catalog<ProgressKey> = {
  resumed: 'Vous reprenez l’histoire là où vous en étiez.',
};

/** What the keeper needs of the element: its way, and how to take one back or start again. */
export interface Way {
  /** The way taken and the values of the variables (a story with a memory). */
  now(): Progress;
  /** Takes back a saved way that fits the story; false when it cannot (nothing changes). */
  resume(steps: Progress['steps']): boolean;
  /** Back to the start screen (what was kept is erased). */
  reset(): void;
}

/** Whether a saved way fits the story: from its start, each choice leading to the next step. */
export function fits(c: ScenarioContent, steps: Progress['steps']): boolean {
  return (
    steps[0]?.node === c.start &&
    steps.every((step, i) => {
      const node = c.nodes[step.node];
      if (!node) return false;
      if (i === steps.length - 1) return step.choice === undefined;
      return step.choice !== undefined && node.choices?.[step.choice]?.next === steps[i + 1]!.node;
    })
  );
}

export class ProgressKeeper {
  private readonly device: StorageController;
  private store?: DeviceStoreBase<Progress>;

  constructor(
    host: StorageHost,
    private readonly voice: Voice,
    private readonly way: Way,
  ) {
    this.device = new StorageController(host, voice);
  }

  /** Opens the story's store; a way kept there is taken back (the first screen waits for it). */
  open(c: ScenarioContent): void {
    this.device.keep(
      { type: 'scenario-progress', id: c.id, version: PROGRESS_VERSION, schema: progressSchema },
      (store, saved) => {
        this.store = store;
        if (saved && this.resume(c, saved)) this.voice.say(this.voice.t('resumed'));
      },
    );
  }

  /** Takes back a saved way, when it fits the story. */
  private resume(c: ScenarioContent, p: Progress): boolean {
    return fits(c, p.steps) && this.way.resume(p.steps);
  }

  /** Nothing is kept any more (`storage` turned to `none`, or other content). */
  close(): void {
    this.store = undefined;
  }

  save(): void {
    if (this.store) this.device.save(this.store, this.way.now());
  }

  clear(): void {
    this.store?.clear();
  }

  /** Download / resume from a file / erase what this story kept. */
  tools(c: ScenarioContent): TemplateResult | typeof nothing {
    return this.device.tools({
      onExport: () => this.store?.download(this.way.now(), `histoire-${c.id}.json`),
      onImport: (t) => this.device.importInto(this.store, t, (p) => this.resume(c, p)),
      onErase: () => {
        this.clear();
        this.way.reset();
        this.voice.say(this.voice.t('erased'));
      },
    });
  }
}
