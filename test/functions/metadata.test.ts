import "./customFunctionsStandIn";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as EDU from "../../src/functions/functions";
import zhCN from "../../src/functions/functions.zh-CN.json";
import { EDU_FUNCTIONS } from "../../scripts/functionsTemplate/hyperformula";
import { NATIONAL_2017 } from "../../src/core/profiles";

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "src/functions/functions.ts");

/** The names interfaces.md §2 promises, in its order: a stable interface, so spelled out here. */
const PROMISED: Array<[string, string[]]> = [
  ["VARIATION_COEF", ["values", "students"]],
  ["WEIGHTED_MEAN", ["values", "students"]],
  ["CLASSSIZE_OK", ["classSizes", "stage"]],
  ["LARGE_CLASS_SHARE", ["classSizes", "minSize"]],
  ["CLASS_BAND", ["size"]],
  ["SCHOOLSIZE_OK", ["students", "schoolType"]],
  ["PER100", ["count", "students"]],
  ["PER_STUDENT", ["amount", "students"]],
  ["THRESHOLD", ["indicator", "stage"]],
  ["INDICATOR_MET", ["value", "indicator", "stage"]],
  ["MET_COUNT", ["values", "stage"]],
  ["SCHOOL_MEETS", ["values", "stage"]],
  ["STAGE_SHARE", ["primaryStudents", "juniorStudents", "seniorStudents", "schoolType", "stage"]],
  ["SPECIAL_ROOMS_OK", ["classes", "musicRooms", "artRooms"]],
  ["CONSOLIDATION_RATE", ["graduates", "transferIn", "transferOut", "enrolled", "deaths"]],
  ["CV_OK", ["cv", "stage"]],
  ["COMPOSITE_CV", ["cvs"]],
];

const hasChinese = (text: string | undefined) => /[\u4e00-\u9fff]/.test(text ?? "");

/**
 * What Excel needs to be identical across locales: everything but the descriptions
 * and the parameters' names, which Excel localizes (learn.microsoft.com, "Custom
 * functions naming and localization" › Localize function names: each parameter's
 * name and description is translated in the locale's file).
 */
function shape(f: FunctionMetadata) {
  return {
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      type: p.type,
      dimensionality: p.dimensionality ?? "scalar",
      optional: !!p.optional,
    })),
    result: f.result,
  };
}

describe("custom function metadata", () => {
  let generated: { functions: FunctionMetadata[] };
  let associations: Array<{ functionName: string; id: string }>;

  beforeAll(async () => {
    // The same call custom-functions-metadata-plugin makes at build time.
    const result = await generateCustomFunctionsMetadata([SOURCE], false);
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson);
    associations = result.associate;
  }, 60000);

  it("declares exactly the functions of interfaces.md §2, with their parameters in order", () => {
    expect(generated.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      PROMISED
    );
    const optional = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`)
    );
    expect(optional).toEqual(["LARGE_CLASS_SHARE.minSize"]);
  });

  it("associates each id with a named export of functions.ts", () => {
    for (const { functionName, id } of associations) {
      expect(typeof (EDU as Record<string, unknown>)[functionName]).toBe("function");
      expect(generated.functions.some((f) => f.id === id)).toBe(true);
    }
    expect(associations).toHaveLength(PROMISED.length);
  });

  it("the HyperFormula binding calls the same function Excel associates with each id", () => {
    expect(Object.keys(EDU_FUNCTIONS).sort()).toEqual(associations.map((a) => a.id).sort());
    for (const { functionName, id } of associations) {
      expect(EDU_FUNCTIONS[id]).toBe((EDU as Record<string, unknown>)[functionName]);
    }
  });

  it("takes ranges as matrices and returns scalars", () => {
    const ranges = generated.functions.flatMap((f) =>
      f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`)
    );
    expect(ranges.sort()).toEqual(
      [
        "VARIATION_COEF.values",
        "VARIATION_COEF.students",
        "WEIGHTED_MEAN.values",
        "WEIGHTED_MEAN.students",
        "CLASSSIZE_OK.classSizes",
        "LARGE_CLASS_SHARE.classSizes",
        "MET_COUNT.values",
        "SCHOOL_MEETS.values",
        "COMPOSITE_CV.cvs",
      ].sort()
    );
    for (const f of generated.functions) expect(f.result.dimensionality ?? "scalar").toBe("scalar");
  });

  it("the zh-CN file lists the same ids, names, parameters and results, with ASCII names", () => {
    const zh = zhCN as unknown as { functions: FunctionMetadata[] };
    expect(zh.functions.map(shape)).toEqual(generated.functions.map(shape));
    expect(zh.functions.map((f) => [f.id, f.parameters.length])).toEqual(
      generated.functions.map((f) => [f.id, f.parameters.length])
    );
    for (const f of zh.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.id).toBe(f.name);
    }
  });

  it("the zh-CN parameter names are Chinese words (Excel shows them in the formula tooltip), distinct within a function", () => {
    const zh = zhCN as unknown as { functions: FunctionMetadata[] };
    for (const f of zh.functions) {
      const names = f.parameters.map((p) => p.name);
      expect([f.id, new Set(names).size]).toEqual([f.id, names.length]);
      // Unicode letters only, as Excel's names are (no spaces, brackets or punctuation).
      for (const n of names) expect(`${f.id}.${n}`).toMatch(/^[A-Z0-9_]+\.[\u4e00-\u9fff]+$/);
    }
    const byId = Object.fromEntries(
      zh.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    expect(byId.VARIATION_COEF).toEqual(["指标值", "学生数"]);
    expect(byId.CLASSSIZE_OK).toEqual(["班额", "学段"]);
    expect(byId.STAGE_SHARE).toEqual(["小学生数", "初中生数", "高中生数", "学校类型", "学段"]);
  });

  it("describes every function and every parameter, in Chinese in the zh-CN file", () => {
    const zh = zhCN as unknown as { functions: FunctionMetadata[] };
    for (const f of generated.functions) {
      expect(f.description?.trim()).toBeTruthy();
      for (const p of f.parameters)
        expect(`${f.id}.${p.name}: ${p.description?.trim() ?? ""}`).not.toMatch(/: $/);
    }
    for (const f of zh.functions) {
      expect(hasChinese(f.description)).toBe(true);
      for (const p of f.parameters) {
        if (!hasChinese(p.description))
          throw new Error(`${f.id}.${p.name} has no Chinese description`);
      }
    }
  });

  it("the numbers in the zh-CN help are the national profile's (45/50, 2000/2500, 0.50/0.45, 6 and 85%, 1 : 1.1 : 1.32, 12 classes, 56 and 66)", () => {
    const zh = zhCN as unknown as { functions: FunctionMetadata[] };
    const help = (id: string) => {
      const f = zh.functions.find((x) => x.id === id)!;
      return [f.description, ...f.parameters.map((p) => p.description)].join(" ");
    };
    const p = NATIONAL_2017;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const cv = (x: number) => x.toFixed(2);
    const wanted: [string, string[]][] = [
      [
        "CLASSSIZE_OK",
        [`小学 ${p.classSize.limits.primary} 人`, `初中 ${p.classSize.limits.junior} 人`],
      ],
      [
        "SCHOOLSIZE_OK",
        [`${p.schoolSize.default} 人`, `十二年一贯制 ${p.schoolSize.byType?.twelveYear} 人`],
      ],
      [
        "CV_OK",
        [`小学 ${cv(p.countyRule.limits.primary)}`, `初中 ${cv(p.countyRule.limits.junior)}`],
      ],
      ["SCHOOL_MEETS", [`至少 ${p.schoolRule!.minMet} 项`, pct(p.schoolRule!.floor)]],
      [
        "STAGE_SHARE",
        [
          `小学 ${p.stageWeights.primary} : 初中 ${p.stageWeights.junior} : 高中 ${p.stageWeights.senior}`,
        ],
      ],
      ["SPECIAL_ROOMS_OK", [`每 ${p.specialRooms.classesPerRoom} 个班`]],
      ["LARGE_CLASS_SHARE", [`${p.classSize.bands.veryLarge}`, `${p.classSize.bands.superLarge}`]],
    ];
    for (const [id, numbers] of wanted)
      for (const n of numbers) expect([id, n, help(id).includes(n)]).toEqual([id, n, true]);
  });
});
