// The TypeScript rule both builds share (the add-in, webpack.config.js; the offline page,
// webpack.page.js): ts-loader, type-checked separately (npm run typecheck).
const path = require("path");

module.exports = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // ES modules out (tsconfig says commonjs for node): webpack then takes the ESM builds of
    // Fluent UI and tree-shakes them; with require() it takes the CommonJS builds whole.
    options: {
      transpileOnly: true,
      configFile: path.resolve(__dirname, "tsconfig.json"),
      compilerOptions: { module: "es2020" },
    },
  },
};
