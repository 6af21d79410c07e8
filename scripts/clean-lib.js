#!/usr/bin/env node
/**
 * Empties lib/ before the CLI is compiled: tsc never deletes, so a module moved in src/ (e.g.
 * report/xlsx.ts → report/xlsx/index.ts) would leave its old lib/ file behind, and Node resolves
 * `require("../report/xlsx")` to the stale xlsx.js before xlsx/index.js.
 */
const fs = require("fs");
const path = require("path");
fs.rmSync(path.join(__dirname, "..", "lib"), { recursive: true, force: true });
