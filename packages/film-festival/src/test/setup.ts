/**
 * What the festival's tests add to the kit's shared test helpers (vitest.config.ts `setupFiles`):
 * each round of `settle` lets a task run (the player's media events come in their own time), and
 * `cleanup` erases the kit's data on the device, the centre's included (votes, a juror's scores).
 */
import { eraseAllKitData } from '@quartiers-douai/core';
import { nextTask, onCleanup, onSettle } from '@quartiers-douai/kit-scripts/testing';

onSettle(nextTask); // (a task that fake timers leave alone)
onCleanup(() => eraseAllKitData({ centre: true }));
