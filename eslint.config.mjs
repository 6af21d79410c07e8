// ESLint for EduBalance: the Office add-in rules of office-addin-lint
// (eslint-plugin-office-addins: context.sync placement, load-before-read, no eval)
// and Prettier, over src, test, bench and scripts. `npm run lint` runs it; CI calls it.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const tsFiles = ["**/*.{ts,tsx,mts,cts}"];
const allFiles = ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"];
// The plugin's configs cover .ts but not .tsx: widen their file patterns to every source file.
const officeReact = officeAddins.configs.react.map((c) =>
  c.files ? { ...c, files: allFiles } : c
);

// Import surfaces (no-restricted-imports patterns, gitignore syntax: the last match decides).
const CORE_SURFACE = {
  group: ["**/core/*", "**/core/**"],
  message: "Import the core through src/core/index.ts (../core) only.",
};
const REPORT_SURFACE = {
  group: [
    "**/report/*",
    "!**/report/xlsx",
    "**/report/xlsx/*",
    "!**/report/docx",
    "**/report/docx/*",
  ],
  message:
    "Import the report through src/report/index.ts (../report) only, its exceljs writers through src/report/xlsx/index.ts (../report/xlsx), its Word writer through src/report/docx/index.ts (../report/docx).",
};

const NO_EXCELJS = {
  group: ["**/report/xlsx", "**/report/xlsx/**"],
  message: "The task pane writes with Office.js; exceljs (report/xlsx) is not for it.",
};
// The shared UI (src/ui/: the wizard, its steps, its words) is mounted by two hosts, the task
// pane and the offline page; it knows neither: the host passes it a WorkbookGateway (ui/gateway.ts).
const NO_HOST = {
  group: ["**/taskpane", "**/taskpane/**", "**/page", "**/page/**", "exceljs"],
  message:
    "src/ui/ is shared by the task pane and the offline page: no host code (taskpane/, its Office.js gateway taskpane/excel/, page/) and no exceljs; the host passes a WorkbookGateway.",
};
const NO_PANE = {
  group: ["**/taskpane", "**/taskpane/**"],
  message: "The offline page uses the shared UI (src/ui/), not the task pane's code.",
};
const NO_PAGE = {
  group: ["**/page", "**/page/**"],
  message: "The task pane uses the shared UI (src/ui/), not the offline page's code.",
};

export default [
  {
    ignores: [
      "lib/**",
      "dist/**",
      "out/**",
      "node_modules/**",
      "coverage/**",
      "test-artifacts/**",
      "bench/out/**",
    ],
  },
  ...officeReact,
  {
    files: allFiles,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        // Node (CLI, scripts, tests), the browser (task pane) and Office.js.
        console: "readonly",
        process: "readonly",
        require: "writable",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setImmediate: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        queueMicrotask: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        URL: "readonly",
        performance: "readonly",
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        localStorage: "readonly",
        HTMLElement: "readonly",
        HTMLInputElement: "readonly",
        Blob: "readonly",
        File: "readonly",
        FileReader: "readonly",
        Worker: "readonly",
        self: "readonly",
        fetch: "readonly",
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
        globalThis: "readonly",
        structuredClone: "readonly",
        AbortController: "readonly",
        // jest
        describe: "readonly",
        it: "readonly",
        test: "readonly",
        expect: "readonly",
        jest: "readonly",
        beforeAll: "readonly",
        afterAll: "readonly",
        beforeEach: "readonly",
        afterEach: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Full-width spaces (U+3000) are part of Chinese text, e.g. 合\u3000计.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: tsFiles,
    rules: {
      // TypeScript checks names itself (strict tsc); ESLint's no-undef knows no types.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Import direction (issue 10; test/core/surface.test.ts checks the same): hosts use the
    // core through src/core/index.ts only, and the core uses no Node module, DOM, Office or React.
    files: ["src/report/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [CORE_SURFACE] }] },
  },
  {
    // Issue 24: hosts use the report through src/report/index.ts only, and its exceljs writers
    // through src/report/xlsx/index.ts (test/report/surface.test.ts checks the same).
    files: ["src/cli/**", "src/functions/**", "src/workbook/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [CORE_SURFACE, REPORT_SURFACE] }],
    },
  },
  {
    // The offline page: the shared UI from src/ui/, never the task pane's modules.
    files: ["src/page/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [CORE_SURFACE, REPORT_SURFACE, NO_PANE] }],
    },
  },
  {
    // The task pane writes with Office.js: exceljs (report/xlsx) stays out of its bundle.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [CORE_SURFACE, REPORT_SURFACE, NO_EXCELJS, NO_PAGE] },
      ],
    },
  },
  {
    // The shared UI: in the pane's bundle too (no exceljs), and host-free (no Office.js global:
    // only src/taskpane/ talks to Office; test/ui/boundaries.test.ts checks the same).
    files: ["src/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [CORE_SURFACE, REPORT_SURFACE, NO_EXCELJS, NO_HOST] },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeRuntime", "CustomFunctions"].map((name) => ({
          name,
          message: `src/ui/ is shared with the offline page: ${name} belongs to the task pane's host code (src/taskpane/).`,
        })),
      ],
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "fs",
                "path",
                "os",
                "child_process",
                "node:*",
                "react",
                "react-*",
                "@fluentui/*",
                "@microsoft/*",
                "exceljs",
                "office-*",
              ],
              message:
                "src/core is pure: it imports only itself (no fs, path, DOM, Office or React).",
            },
          ],
        },
      ],
    },
  },
  // Issue 24 §3: the locale catalogues are words only; every part of the code may use them,
  // so they import nothing outside src/i18n/ (no package, and no folder above their own).
  ...[
    ["src/i18n/*.ts", "../*"],
    ["src/i18n/*/**", "../../*"],
  ].map(([files, above]) => ({
    files: [files],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [above, "react", "react-*", "@*/*", "exceljs", "fs", "path", "node:*"],
              message: "src/i18n/ holds words only: it imports nothing outside itself.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["src/core/table/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../county", "../county/*"],
              message:
                "table/ (the reader) must not import county/ (the judge); county/ may import table/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests drive exceljs objects and a stand-in Excel: the Office.js load/sync rules
    // would read every property access as one on an unloaded proxy.
    files: ["test/**"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
