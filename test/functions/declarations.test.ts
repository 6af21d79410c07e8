/**
 * The custom functions are declared once (src/functions/declarations.ts): both metadata files
 * are generated from the declarations and must be what the generator writes now, and every
 * argument is checked in one place (src/functions/call.ts) by its declared check, with a
 * Chinese message that names it.
 */
import "./customFunctionsStandIn";
import * as fs from "fs";
import {
  FUNCTIONS_TS,
  functionsSource,
  ZH_CN_JSON,
  zhCnMetadata,
} from "../../scripts/functionsMetadata";
import * as EDU from "../../src/functions/functions";
import { FUNCTION_DECLARATIONS, type ArgumentDeclaration } from "../../src/functions/declarations";
import { callFunction } from "../../src/functions/call";

describe("the metadata is generated from the declarations", () => {
  it("functions.ts and functions.zh-CN.json are what `npm run functions:metadata` writes", () => {
    // Prettier's layout aside (line breaks, trailing commas): the same tokens.
    const tokens = (text: string) => text.replace(/,(\s*[)\]}])/g, "$1").replace(/\s+/g, "");
    expect(tokens(fs.readFileSync(FUNCTIONS_TS, "utf8"))).toBe(tokens(functionsSource()));
    expect(JSON.parse(fs.readFileSync(ZH_CN_JSON, "utf8"))).toEqual(zhCnMetadata());
  });

  it("every declaration is exported under its name and calls its own id", () => {
    const exported = EDU as unknown as Record<string, unknown>;
    for (const d of FUNCTION_DECLARATIONS) expect(typeof exported[d.jsName]).toBe("function");
    expect(Object.keys(EDU).sort()).toEqual(FUNCTION_DECLARATIONS.map((d) => d.jsName).sort());
  });
});

/** A valid value for an argument, so that one other argument can be made wrong. */
function valid(a: ArgumentDeclaration): unknown {
  switch (a.check.kind) {
    case "range":
    case "pairedRange":
    case "weights":
      return [[40], [45]];
    case "fixedRange":
      return [Array.from({ length: a.check.count }, () => 5)];
    case "number":
    case "optionalNumber":
      return 10;
    case "stage":
      return "小学";
    case "schoolType":
      return "九年一贯制学校";
    case "indicator":
      return 1;
  }
}

function messageOf(id: string, args: unknown[]): string {
  try {
    callFunction(id, args);
  } catch (e) {
    return String((e as { message?: string }).message);
  }
  return "(no error)";
}

describe("each argument is checked by its declaration, and the message names it", () => {
  for (const d of FUNCTION_DECLARATIONS) {
    d.args.forEach((a, i) => {
      const others = d.args.map(valid);
      const wrong = (value: unknown) => {
        const args = [...others];
        args[i] = value;
        return messageOf(d.id, args);
      };
      if (a.check.kind === "number") {
        it(`${d.id}(${a.name}): a negative number, blank and text are refused naming ${a.label}`, () => {
          expect(wrong(-1)).toContain(`${a.label}为负数`);
          expect(wrong(null)).toBe(`${a.label}为空`);
          expect(wrong("很多")).toContain(a.label);
          if (a.check.kind === "number" && a.check.positive)
            expect(wrong(0)).toBe(`${a.label}为 0，无法计算`);
        });
      }
      if (a.check.kind === "optionalNumber") {
        const fallback = a.check.fallback;
        it(`${d.id}(${a.name}): omitted is ${fallback}, negative is refused`, () => {
          const args = [...others];
          args[i] = null;
          const omitted = callFunction(d.id, args);
          args[i] = fallback;
          expect(callFunction(d.id, args)).toBe(omitted);
          expect(wrong(-1)).toContain(`${a.label}为负数`);
        });
      }
      if (a.check.kind === "stage" || a.check.kind === "schoolType" || a.check.kind === "indicator")
        it(`${d.id}(${a.name}): an unknown name is refused naming ${a.label}`, () => {
          expect(wrong("火星")).toContain(a.label);
        });
      if (a.check.kind === "range" || a.check.kind === "fixedRange")
        it(`${d.id}(${a.name}): a range of blanks is refused naming ${a.label}`, () => {
          expect(wrong([[null], [""]])).toContain(a.label);
        });
      if (a.check.kind === "pairedRange") {
        const check = a.check;
        it(`${d.id}(${a.name}): ranges of different sizes, and students summing to 0, are refused`, () => {
          expect(wrong([[1], [2], [3]])).toContain(`${a.label}有 3 个单元格`);
          const args = [...others];
          args[d.args.findIndex((x) => x.name === check.weights)] = [[0], [0]];
          expect(messageOf(d.id, args)).toContain("合计为 0");
        });
      }
    });
  }
});
