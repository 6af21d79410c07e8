// Build of the offline page (issue 15): dist/edu-balance.html, ONE self-contained file — the
// page's script, its styles (Fluent UI writes them at run time) and the reader worker's script
// all inlined, no other file and no request. `npm run build:page`.
//
// Two entries in one compilation: the page (src/page/index.tsx) and the reader worker
// (src/page/readerWorker.ts). No async chunks (a file:// page cannot load them), no source maps;
// then InlinePagePlugin writes the HTML with the worker as a <script type="text/plain"> that the
// page turns into a Blob URL (reader.ts), and drops the two .js files.
const path = require("path");
const typescriptRule = require("./webpack.typescript");

const PAGE = "edu-balance";
const WORKER = "edu-balance-reader";
const WORKER_SCRIPT_ID = "edu-reader-worker"; // src/page/reader.ts

/** Script text safe inside <script>: no "</script" or "<!--" ends or bends the element. */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

// default-src 'none': the browser itself refuses any request the page might make (fonts,
// images, fetch, XHR); scripts and styles are only the inline ones; the worker only from a Blob.
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

function pageHtml(pageJs, workerJs) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>EduBalance 优质均衡测算（离线版）</title>
<style>html,body{margin:0}body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Segoe UI",sans-serif}</style>
</head>
<body>
<noscript>本页面需要启用 JavaScript。This page needs JavaScript.</noscript>
<div id="root"></div>
<script type="text/plain" id="${WORKER_SCRIPT_ID}">${inlineSafe(workerJs)}</script>
<script>${inlineSafe(pageJs)}</script>
</body>
</html>
`;
}

class InlinePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlinePagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "InlinePagePlugin",
          // After minification (OPTIMIZE_SIZE): the inlined text is the minified one.
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
        },
        (assets) => {
          const js = (name) => {
            const asset = assets[`${name}.js`];
            if (!asset) throw new Error(`webpack.page.js: ${name}.js was not built`);
            return asset.source().toString();
          };
          const others = Object.keys(assets).filter(
            (n) => n !== `${PAGE}.js` && n !== `${WORKER}.js` && !n.endsWith(".LICENSE.txt")
          );
          if (others.length > 0)
            throw new Error(`webpack.page.js: the page must be one file, but also built ${others}`);
          const html = pageHtml(js(PAGE), js(WORKER));
          compilation.deleteAsset(`${PAGE}.js`);
          compilation.deleteAsset(`${WORKER}.js`);
          for (const n of Object.keys(assets))
            if (n.endsWith(".LICENSE.txt")) compilation.deleteAsset(n);
          compilation.emitAsset(`${PAGE}.html`, new compiler.webpack.sources.RawSource(html));
        }
      );
    });
  }
}

module.exports = (...args) => ({
  // webpack calls it with (env, argv): the mode of `--mode`.
  mode: (args[1] && args[1].mode) || "production",
  target: "web",
  devtool: false,
  entry: {
    [PAGE]: "./src/page/index.tsx",
    [WORKER]: "./src/page/readerWorker.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "[name].js",
    // Everything in the entry's own file: no chunk is ever fetched.
    asyncChunks: false,
    publicPath: "",
    // dist/ is the add-in's too (webpack.config.js cleans it, keeping this page).
    clean: false,
  },
  resolve: {
    extensions: [".ts", ".tsx", ".js", ".json"],
  },
  module: {
    rules: [typescriptRule],
  },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
  plugins: [new InlinePagePlugin()],
});

module.exports.inlineSafe = inlineSafe;
