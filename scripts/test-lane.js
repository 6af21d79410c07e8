#!/usr/bin/env node
/**
 * `npm run test:unit` / `npm run test:slow`: jest on one lane (a project of jest.config.js),
 * with the arguments given after `--` put first: `--selectProjects` takes every word after
 * it, so `jest --selectProjects unit test/core` would run the whole lane, test/core being
 * read as a project name.
 * Usage: node scripts/test-lane.js <unit|slow> [jest arguments…]
 */
const [lane, ...args] = process.argv.slice(2);
if (lane !== "unit" && lane !== "slow") {
  console.error("用法：node scripts/test-lane.js <unit|slow> [jest 参数…]");
  process.exit(2);
}
if (process.env.NODE_ENV == null) process.env.NODE_ENV = "test";
// The unit lane is CPU only (no child processes): one worker per core. Jest's default leaves a
// core to itself (cores − 1), which on a 2-core machine runs the unit tests one file at a time.
const workers = args.some((a) => /^(-w|--maxWorkers|-i|--runInBand)/.test(a))
  ? []
  : lane === "unit"
    ? [`--maxWorkers=${require("os").availableParallelism?.() ?? require("os").cpus().length}`]
    : [];
require("jest").run([...args, ...workers, "--selectProjects", lane]);
