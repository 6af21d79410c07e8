/**
 * Two lanes (`npm test` runs both):
 *  - unit (`npm run test:unit`): tests in this process only — no child processes, no
 *    Chromium, no LibreOffice, no webpack build, no DOM — and none that takes seconds at scale;
 *    one worker per core (scripts/test-lane.js);
 *  - slow (`npm run test:slow`): the files in SLOW below — the CLI and the corpus as child
 *    processes, the task pane and the offline page in Chromium, the 申报表 printed by
 *    LibreOffice, and the tests that read the webpack bundle.
 * Every test file is in exactly one lane: the unit lane is every test file except SLOW.
 * A file that mixes both kinds of test stays slow.
 *
 * ts-jest only transpiles (tsconfig.json has isolatedModules): `npm run typecheck`
 * type-checks src/ and test/ once, before the tests in CI.
 *
 * @type {import('jest').Config}
 */
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];
const SLOW = [
  "**/test/cli/duplicates.test.ts", // the CLI in a child process (20,000 rows)
  "**/test/cli/main.test.ts", // bin/edu-balance.js and the compiled lib/ in child processes
  "**/test/cli/recheck.test.ts", // bin/edu-balance.js recheck in child processes
  "**/test/cli/sheetThread.test.ts", // the compiled worker thread in a child process
  "**/test/cli/text.test.ts", // bin/edu-balance.js in child processes
  "**/test/corpus/**/*.test.ts", // the CLI on the corpus in child processes
  "**/test/e2e/**/*.test.ts", // Chromium on the webpack build
  "**/test/functions/bundle.test.ts", // the webpack build
  "**/test/report/print.test.ts", // LibreOffice and poppler
  "**/test/report/formulaTemplateLibreOffice.test.ts", // the formula template computed by LibreOffice
  "**/test/report/docxPrint.test.ts", // the 自评报告 through LibreOffice and poppler
  "**/test/report/selfReportPrint.test.ts", // the example county's 自评报告 through LibreOffice
  "**/test/report/comparePrint.test.ts", // LibreOffice, poppler and Chromium
  "**/test/cli/reportDoc.test.ts", // four 自评报告 written with their charts drawn (~20 s)
  "**/test/cli/compareReportDoc.test.ts", // the latest year's 自评报告 with its 监测, charts drawn
  "**/test/functions/native.test.ts", // property tests of 17 native forms in HyperFormula (~25 s)
  "**/test/cli/formulasRecalc.test.ts", // the unplugged template recalculated by LibreOffice
  "**/test/report/workingLibreOffice.test.ts", // the --formulas 申报表 recalculated and printed by LibreOffice
  "**/test/security/static.test.ts", // the webpack build
  // In process, but minutes each on this 2-core machine: the whole wizard rendered many
  // times, the pane's write at 20,000 schools, and a sheet cut at every byte on two threads.
  "**/test/taskpane/components.test.tsx",
  // The whole wizard rendered in jsdom (React, Fluent UI): the unit lane holds no DOM.
  "**/test/taskpane/*.test.tsx",
  "**/test/taskpane/excelWrite.test.ts",
  "**/test/workbook/threads.test.ts",
  // In process too, and the bulk of what was left: the whole pane run at 5,000 schools, and the
  // property tests (fast-check's hundreds of generated workbooks and counties per property).
  "**/test/taskpane/excelFullRun.test.ts",
  "**/test/property/**/*.test.ts",
  // The same checks as their unit-lane twins, at scale (1,000 and 5,000 schools): *.scale.test.ts.
  "**/*.scale.test.ts",
];

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: "unit", testMatch: [...TESTS, ...SLOW.map((g) => `!${g}`)] },
    {
      ...common,
      displayName: "slow",
      testMatch: SLOW,
      // The jsdom wizard tests wait for states, not for Testing Library's default second.
      setupFilesAfterEnv: ["<rootDir>/test/helpers/domWaits.ts"],
    },
  ],
};
