/**
 * Names from the user reach only what they name (issue 16 §4, §13): random key names, every
 * name Object.prototype has ("constructor", "__proto__", "toString", "valueOf",
 * "hasOwnProperty" …) drawn often, are fed to every place that looks a name up — school types,
 * stages, 城乡类别, 办学性质, indicators, headers, the county sheet's items and levels, sheet and
 * field names, profile keys and bases, command words, options and --profile values, the task
 * pane's saved setup. Each answers with the right thing, "not found", or a Chinese message
 * naming the key; never a member of Object.prototype and never an internal error.
 */
import "../functions/customFunctionsStandIn";
import fc from "fast-check";
import * as EDU from "../../src/functions/functions";
import { main } from "../../src/cli/main";
import { resolveProfile, UnknownProfileError } from "../../src/cli/profile";
import { EduError, isEduError } from "../../src/core/errors";
import { findIndicator, INDICATORS } from "../../src/core/indicators";
import { parseProfile, PROFILES } from "../../src/core/profiles";
import { countyTemplateRows, readWorkbook, templateHeaders } from "../../src/core/table";
import { INDICATOR_IDS } from "../../src/core/types";
import {
  LOCALE_NAMES,
  OWNERSHIP_NAMES,
  parseLocale,
  parseOwnership,
  parseSchoolType,
  parseStage,
  SCHOOL_TYPE_NAMES,
  STAGE_NAMES,
} from "../../src/core/vocabulary";
import { parseSetup } from "../../src/taskpane/excel/settings";
import { profileById } from "../../src/ui/wizard";
import { must } from "./arbitraries";

/** Fewer runs than the numeric properties: most of these read a workbook or a profile. */
const RUNS = 2_000;

const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    "__proto__",
    "prototype",
  ]),
].filter((n) => typeof n === "string");

/** A key a user might type: Object.prototype's names (in any case, padded), real keys, anything. */
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom("upper", "lower", "pad", "dash"))
      .map(([n, how]) =>
        how === "upper"
          ? n.toUpperCase()
          : how === "lower"
            ? n.toLowerCase()
            : how === "pad"
              ? ` ${n} `
              : `--${n}`
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...Object.keys(SCHOOL_TYPE_NAMES),
      ...Object.values(SCHOOL_TYPE_NAMES),
      ...INDICATOR_IDS,
      "小学",
      "初中",
      "national-2017",
      "county",
      "thresholds"
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) }
);

const own = (o: object, k: unknown): boolean =>
  typeof k === "string" && Object.prototype.hasOwnProperty.call(o, k);

function ownValueOf<T>(o: Readonly<Record<string, T>>, v: unknown): boolean {
  return v === undefined || (typeof v === "string" && own(o, v));
}

describe("vocabulary and indicators", () => {
  test("parse* and findIndicator give a real member or nothing", () => {
    fc.assert(
      fc.property(key, (k) => {
        must(ownValueOf(SCHOOL_TYPE_NAMES, parseSchoolType(k)), () => `parseSchoolType(${k})`);
        must(ownValueOf(STAGE_NAMES, parseStage(k)), () => `parseStage(${k})`);
        must(ownValueOf(LOCALE_NAMES, parseLocale(k)), () => `parseLocale(${k})`);
        must(ownValueOf(OWNERSHIP_NAMES, parseOwnership(k)), () => `parseOwnership(${k})`);
        const ind = findIndicator(k);
        must(ind === undefined || own(INDICATORS, ind), () => `findIndicator(${k})`);
      }),
      { numRuns: 10_000 }
    );
  });
});

describe("EDU.* functions: a name argument", () => {
  function expectValueOrChineseError(name: string, f: () => unknown): void {
    try {
      const v = f();
      must(
        typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)),
        () => `${name} gave ${String(v)}`
      );
    } catch (e) {
      must(e instanceof CustomFunctions.Error, () => `${name} threw ${String(e)}`);
      const err = e as CustomFunctions.Error;
      must(err.code === CustomFunctions.ErrorCode.invalidValue, () => `${name}: ${err.code}`);
      must(/[\u4e00-\u9fff]/.test(err.message ?? ""), () => `${name}: ${err.message}`);
      must(!(err.message ?? "").includes("计算出错"), () => `${name}: ${err.message}`);
    }
  }

  test("stage, school type and indicator arguments", () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        expectValueOrChineseError(`STAGE_SHARE(type ${a})`, () =>
          EDU.stageShare(166, 210, 0, a, "小学")
        );
        expectValueOrChineseError(`STAGE_SHARE(stage ${a})`, () =>
          EDU.stageShare(166, 210, 0, "九年一贯制学校", a)
        );
        expectValueOrChineseError(`THRESHOLD(${a}, ${b})`, () => EDU.threshold(a, b));
        expectValueOrChineseError(`INDICATOR_MET(${a})`, () => EDU.indicatorMet(3, a, "初中"));
        expectValueOrChineseError(`SCHOOLSIZE_OK(${a})`, () => EDU.schoolSizeOk(100, a));
        expectValueOrChineseError(`CLASSSIZE_OK(${a})`, () => EDU.classSizeOk([[40]], a));
        expectValueOrChineseError(`CV_OK(${a})`, () => EDU.cvOk(0.3, a));
        expectValueOrChineseError(`MET_COUNT(${a})`, () => EDU.metCount([[1, 2, 3]], a));
      }),
      { numRuns: RUNS }
    );
  });
});

describe("the table reader", () => {
  const school = templateHeaders().schoolSheet;
  const klass = templateHeaders().classSheet;
  const county = countyTemplateRows();
  const row = (values: Record<string, unknown>): unknown[] =>
    school.fields.map((f) => (own(values, f) ? values[f] : 0));
  const base = {
    name: "城关小学",
    type: "小学",
    ownership: "公办",
    locale: "城区",
    group: "一学区",
    primaryStudents: 500,
    primaryClasses: 12,
  };

  test("keys as headers, cell values, sheet names, field overrides and county items", () => {
    fc.assert(
      fc.property(key, key, key, key, fc.nat(3), (a, b, c, d, which) => {
        const sheets = [
          {
            name: a,
            values: [
              [...school.headers, a, b],
              row(base) as never,
              row({ ...base, name: `甲${a}`, type: a, locale: b, ownership: c, group: d }) as never,
              row({ ...base, name: `乙${b}`, type: b }) as never,
            ],
          },
          {
            name: `班级${b}`,
            values: [[...klass.headers], ["城关小学", c, "一班", 40], [d, "小学", a, 30]] as never,
          },
          {
            name: `县${c}`,
            values: [
              [...county.headers],
              [a, b, c],
              // A few items, the 学业水平 ones among them (their words are looked up).
              ...county.rows
                .filter((r) => r.kind === "figure")
                .filter((r, i) => i < 6 || (r.kind === "figure" && r.key === "monitoring.level"))
                .map((r) => [r.kind === "figure" ? r.label : "", d, a]),
            ] as never,
          },
        ];
        for (const options of [
          [{}, { schoolSheet: a }, { classSheet: b }, { overrides: { [a]: "B", [c]: d } }][which],
        ]) {
          let read;
          try {
            read = readWorkbook(sheets, options);
          } catch (e) {
            throw new Error(`readWorkbook threw ${String(e)} for ${JSON.stringify([a, b, c, d])}`);
          }
          for (const s of read.schools) {
            must(own(SCHOOL_TYPE_NAMES, s.type), () => `type ${String(s.type)}`);
            must(s.locale === undefined || own(LOCALE_NAMES, s.locale), () => "locale");
            must(s.ownership === undefined || own(OWNERSHIP_NAMES, s.ownership), () => "own");
          }
          for (const issue of read.issues)
            must(/[\u4e00-\u9fff]/.test(issue.message), () => `issue ${issue.message}`);
          for (const n of Object.values(read.county?.numbers ?? {}))
            must(
              typeof n?.value === "number" && Number.isFinite(n.value),
              () => `county number ${JSON.stringify(n)}`
            );
          for (const m of read.county?.monitoring ?? [])
            must(
              m.level === undefined || [1, 2, 3, 4].includes(m.level.value),
              () => `monitoring level ${JSON.stringify(m)}`
            );
        }
      }),
      { numRuns: 500 }
    );
  });
});

describe("profiles", () => {
  const PARTS = [
    "countyRule",
    "schoolRule",
    "classSize",
    "schoolSize",
    "specialRooms",
    "stageWeights",
    "coverage",
    "display",
    "county",
  ];

  test("a key anywhere, or as the base: accepted only when it is a real key; otherwise named", () => {
    fc.assert(
      fc.property(key, fc.constantFrom(undefined, ...PARTS, "thresholds"), key, (k, part, b) => {
        const raw: Record<string, unknown> = JSON.parse(
          JSON.stringify({ id: "p", name: "省", source: "文件", base: "national-2017" })
        );
        // JSON.parse makes "__proto__" an own key, as a file would.
        const inner = JSON.parse(`{${JSON.stringify(k)}: 1}`);
        if (part === undefined) Object.assign(raw, JSON.parse(`{${JSON.stringify(k)}: 1}`));
        else raw[part] = inner;
        for (const candidate of [raw, { ...raw, base: b }]) {
          try {
            const p = parseProfile(candidate, { builtins: PROFILES });
            must(typeof p.name === "string" && Array.isArray(p.indicators), () => "profile");
          } catch (e) {
            must(isEduError(e) && (e as EduError).code === "badProfile", () => `threw ${e}`);
            const m = (e as EduError).message;
            must(/[\u4e00-\u9fff]/.test(m), () => m);
            must(
              m.includes(`「${part === undefined ? k : `${part}.${k}`}」`) ||
                m.includes(`「${part}」`) ||
                m.includes("「base」") ||
                m.includes(`「${part}.`),
              () => `not named: ${m}`
            );
          }
        }
      }),
      { numRuns: RUNS }
    );
  });

  test("--profile NAME: a built-in, a file, or a usage error", () => {
    fc.assert(
      fc.property(key, (k) => {
        try {
          const p = resolveProfile(k);
          must(own(PROFILES, k) && p === PROFILES[k], () => `resolved ${k}`);
        } catch (e) {
          must(e instanceof UnknownProfileError || isEduError(e), () => `threw ${String(e)}`);
        }
      }),
      { numRuns: RUNS }
    );
  });
});

describe("the command line", () => {
  async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = "";
    const code = await main(argv, {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      isTTY: false,
      env: {},
    });
    return { code, stderr };
  }

  test("command words, options and option values named by a key", async () => {
    await fc.assert(
      fc.asyncProperty(key, async (k) => {
        for (const argv of [
          [k],
          ["assess", `--${k}`],
          ["assess", `-${k}`],
          ["sample", `--${k}`],
          ["assess", "不存在.xlsx", "--profile", k],
          ["sample", "不存在.xlsx", "--seed", "1", "--profile", k],
        ]) {
          const r = await cli(argv);
          must(!r.stderr.includes("程序内部错误"), () => `${JSON.stringify(argv)}: ${r.stderr}`);
          if (r.code !== 0) must(/^错误：.*[\u4e00-\u9fff]/.test(r.stderr), () => r.stderr);
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe("the task pane's saved setup", () => {
  test("keys in a saved setup and a saved profile id", () => {
    const profiles = Object.values(PROFILES);
    fc.assert(
      fc.property(key, key, (a, b) => {
        const setup = parseSetup(
          `{"version":1,"school":{"kind":${JSON.stringify(a)},"sheet":"x"},"classSheet":null,"overrides":{${JSON.stringify(a)}:${JSON.stringify(b)}},"profile":${JSON.stringify(b)}}`
        );
        must(setup === null || typeof setup.school.sheet === "string", () => "setup");
        must(profiles.includes(profileById(profiles, a)), () => `profileById(${a})`);
      }),
      { numRuns: RUNS }
    );
  });
});
