// The benchmark's baseline page, built as the add-in's task pane is (webpack.config.js at the
// repository root): production mode, ts-loader with the same options (ES modules out, so Fluent UI
// is tree-shaken), source maps, HtmlWebpackPlugin with the same page (office.js first). Output goes
// where `--output-path` says (a temporary folder).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "production",
  context: root,
  devtool: "source-map",
  entry: { baseline: path.resolve(__dirname, "index.tsx") },
  output: { filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(root, "tsconfig.json"),
            compilerOptions: { module: "es2020" },
          },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: path.resolve(__dirname, "page.html"),
    }),
  ],
};
