/**
 * Builds only the functions entry with the project's webpack config, into the folder given
 * as the first argument. Run by bundle.test.ts in a plain node process: webpack and its
 * plugins load as they do under `npm run build`, outside jest's module system.
 */
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const out = process.argv[2];

(async () => {
  const config = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const functionsOnly = {
    ...config,
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { functions: config.entry.functions },
    output: { ...config.output, path: out, clean: false },
    plugins: config.plugins.filter((p) => p.constructor.name === "CustomFunctionsMetadataPlugin"),
    devServer: undefined,
  };
  webpack(functionsOnly, (err, stats) => {
    if (err || stats.hasErrors()) {
      console.error(err ? err.message : stats.toString("errors-only"));
      process.exit(1);
    }
  });
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
