// Build of the Excel add-in (task pane + custom functions in one shared runtime).
// Modelled on the Office "Excel-Custom-Functions-Shared" template: the custom functions
// chunk is loaded by taskpane.html, and custom-functions-metadata-plugin both writes
// functions.json and appends the CustomFunctions.associate(...) calls to functions.ts.
const path = require("path");
const typescriptRule = require("./webpack.typescript");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// The ONE place where the development origin and the production origin are defined.
// manifest.xml is written with the development origin; the production build rewrites it.
const urlDev = "https://localhost:3000/";
const urlProd = withSlash(process.env.EDU_ADDIN_URL || "https://edubalance.example.cn/addin/");

function withSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

/** The manifest served in production: the same paths under the production origin. */
function toProductionManifest(xml) {
  return String(xml).split(urlDev).join(urlProd);
}

async function getHttpsOptions() {
  // Only needed by `webpack serve` (npm start); office-addin-dev-certs installs a trusted
  // localhost certificate on Windows/Mac the first time.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * help.html (the manifest's SupportUrl and LearnMoreUrl): the EDU.* functions as the Chinese
 * metadata describes them, so the help page cannot drift from what Excel shows.
 */
class FunctionsHelpPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsHelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsHelpPagePlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const file = path.resolve(__dirname, "src/functions/functions.zh-CN.json");
          compilation.fileDependencies.add(file);
          const metadata = JSON.parse(require("fs").readFileSync(file, "utf8"));
          const esc = (t) =>
            String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
          const rows = metadata.functions
            .map((f) => {
              const params = f.parameters
                .map((p) => (p.optional ? `[${p.name}]` : p.name))
                .join(", ");
              const help = f.parameters
                .map((p) => `<li><code>${esc(p.name)}</code>：${esc(p.description)}</li>`)
                .join("");
              return `<tr><td><code>=EDU.${esc(f.name)}(${esc(params)})</code></td><td>${esc(f.description)}<ul>${help}</ul></td></tr>`;
            })
            .join("\n");
          const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>EduBalance 帮助：EDU 自定义函数</title>
<style>body{font-family:"Microsoft YaHei","PingFang SC",sans-serif;margin:2em;line-height:1.5}td{vertical-align:top;border-top:1px solid #ccc;padding:.4em}td:first-child{width:30%}code{white-space:nowrap}</style>
</head><body><h1>EduBalance 优质均衡测算：EDU 自定义函数</h1>
<p>在 Excel 单元格中输入 <code>=EDU.</code> 即可使用。区域参数可以是一行或一列；空单元格会被跳过（成对区域中任一为空则该位置两边都跳过）；文本形式的数字可以识别，其他文本、逻辑值或负数会返回 #VALUE! 并说明原因。</p>
<table>${rows}</table></body></html>`;
          compilation.emitAsset("help.html", new compiler.webpack.sources.RawSource(html));
        }
      );
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The offline page (webpack.page.js) is built into dist/ too: kept when the add-in is rebuilt.
      clean: { keep: /^edu-balance\.html$/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        typescriptRule,
        {
          // The core is pure (no module runs anything when loaded): what the pane loads later
          // (collecting school forms, src/ui/collectRun.ts) stays out of taskpane.js, though
          // both import the core through its one index.
          test: /[\\/]src[\\/]core[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the page that hosts the task pane also registers the custom functions.
        chunks: ["taskpane", "functions"],
      }),
      new FunctionsHelpPagePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/functions/functions.zh-CN.json", to: "functions.zh-CN.json" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : toProductionManifest(content);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, "dist"), publicPath: "/public" },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await getHttpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.toProductionManifest = toProductionManifest;
