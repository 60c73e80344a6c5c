// Main-thread tasks in CPU time, for Lighthouse on a shared machine (gate 7, docs/quality.md).
//
// A trace gives each task two durations: `dur`, the wall-clock time, and `tdur`, the CPU time of
// the thread. On a developer's phone or a quiet desktop they are nearly equal. On a loaded 2-core
// CI machine they are not: a task of 7 ms of CPU can last 68 ms on the wall clock because other
// processes (another test run, Chromium's own browser and GPU processes, Lighthouse itself) held
// the CPU meanwhile. Lighthouse's simulation multiplies wall-clock durations, so that waiting time
// would count as the page's own work, as often as not more than the work itself.
//
// cpuTimeTrace() rewrites each top-level task of the renderer main threads to last its CPU time:
// the task keeps its start, and everything inside it (nested events, their starts) is compressed
// by the same ratio, so nesting stays valid. Tasks already on the CPU (tdur ≈ dur) are unchanged,
// so a page that really computes (the --fixture page's busy loops) is judged exactly as before.

/** Renderer main threads ("CrRendererMain"), as "pid:tid". */
function rendererMainThreads(events) {
  const threads = new Set();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      threads.add(`${e.pid}:${e.tid}`);
  return threads;
}

/**
 * Returns a copy of `trace` whose renderer main-thread tasks last their CPU time, and what the
 * machine's load took: the wall-clock and CPU milliseconds of those tasks.
 * @param {{ traceEvents: Array<Record<string, any>> }} trace
 */
export function cpuTimeTrace(trace) {
  const threads = rendererMainThreads(trace.traceEvents);
  const events = trace.traceEvents.map((e) => ({ ...e }));
  let wall = 0;
  let cpu = 0;
  for (const thread of threads) {
    const mine = events
      .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph !== 'M')
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let i = 0;
    while (i < mine.length) {
      const top = mine[i];
      if (top.ph !== 'X' || !(top.dur > 0)) {
        i++;
        continue;
      }
      const start = top.ts;
      const end = top.ts + top.dur;
      // Everything that starts inside this task belongs to it (the sort put the task first).
      let j = i + 1;
      while (j < mine.length && mine[j].ts < end) j++;
      wall += top.dur;
      const tdur = typeof top.tdur === 'number' ? top.tdur : top.dur;
      cpu += Math.min(tdur, top.dur);
      if (tdur < top.dur) {
        const ratio = tdur / top.dur;
        for (let k = i; k < j; k++) {
          const e = mine[k];
          e.ts = start + (e.ts - start) * ratio;
          if (typeof e.dur === 'number') e.dur *= ratio;
        }
      }
      i = j;
    }
  }
  return {
    trace: { ...trace, traceEvents: events },
    wallMs: Math.round(wall / 1000),
    cpuMs: Math.round(cpu / 1000),
  };
}

/**
 * How fast the CPU runs right now, counted in CPU time: the array-copy half of Lighthouse's
 * benchmarkIndex, run here in Node for `ms` milliseconds, in copies per second of CPU time the
 * process got. Other processes taking turns on the CPU do not lower it (that time is not CPU
 * time); other processes sharing its cores and caches do, as they lengthen the page's own tasks
 * (measured on the 2-core CI machine under load: 950 most of the time, down to 480 at moments).
 */
export function cpuSpeed(ms = 250) {
  const a = [];
  const b = [];
  for (let i = 0; i < 100000; i++) a[i] = b[i] = i;
  const before = process.cpuUsage();
  const start = performance.now();
  let copies = 0;
  while (copies % 10 !== 0 || performance.now() - start < ms) {
    const [from, to] = copies % 2 === 0 ? [a, b] : [b, a];
    for (let j = 0; j < from.length; j++) to[j] = from[j];
    copies++;
  }
  const used = process.cpuUsage(before);
  return copies / ((used.user + used.system) / 1e6);
}
