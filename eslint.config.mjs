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
  group: ["**/report/*", "!**/report/xlsx", "**/report/xlsx/*"],
  message:
    "Import the report through src/report/index.ts (../report) only, and its exceljs writers through src/report/xlsx/index.ts (../report/xlsx).",
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
    files: ["src/cli/**", "src/functions/**", "src/workbook/**", "src/page/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [CORE_SURFACE, REPORT_SURFACE] }],
    },
  },
  {
    // The task pane writes with Office.js: exceljs (report/xlsx) stays out of its bundle.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            CORE_SURFACE,
            REPORT_SURFACE,
            {
              group: ["**/report/xlsx", "**/report/xlsx/**"],
              message: "The task pane writes with Office.js; exceljs (report/xlsx) is not for it.",
            },
          ],
        },
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
