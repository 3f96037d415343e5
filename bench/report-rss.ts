// Preloaded into a measured child (`node --import …/report-rss.js`): on exit, the process writes
// its own peak RSS to the file named by BENCH_RSS_FILE. This is the fallback when /usr/bin/time
// is missing, so the benchmark never depends on that tool.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
// Forked helpers copy the environment: removing the name keeps them from overwriting the figure.
delete process.env.BENCH_RSS_FILE;

if (file && isMainThread) {
  process.on('exit', () => {
    // maxRSS is in kilobytes and covers the whole process, worker threads included.
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
