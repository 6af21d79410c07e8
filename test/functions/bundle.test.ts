/**
 * The functions bundle as Excel loads it: webpack with the project's config (functions entry
 * only, to stay fast), run in a sandbox that plays the shared runtime's CustomFunctions
 * global. Checks that custom-functions-metadata-plugin's loader associated every id of
 * functions.json with a working function, so nothing in Excel shows #NAME? for want of an
 * associate() call.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";

const ROOT = path.resolve(__dirname, "../..");

interface BuiltOutput {
  functionsJs: string;
  functionsJson: { functions: Array<{ id: string }> };
}

function buildFunctionsBundle(): BuiltOutput {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "edu-functions-"));
  execFileSync(process.execPath, [path.join(__dirname, "buildFunctionsBundle.js"), out], {
    cwd: ROOT,
    stdio: "pipe",
  });
  try {
    return {
      functionsJs: fs.readFileSync(path.join(out, "functions.js"), "utf8"),
      functionsJson: JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")),
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

class StubError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

describe("dist/functions.js in a shared runtime", () => {
  let built: BuiltOutput;
  const associated = new Map<string, (...args: unknown[]) => unknown>();

  beforeAll(() => {
    built = buildFunctionsBundle();
    const CustomFunctions = {
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
      Error: StubError,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    };
    vm.runInNewContext(built.functionsJs, { CustomFunctions, console, self: {}, window: {} });
  }, 120000);

  it("associates every id of the generated functions.json, and nothing else", () => {
    expect([...associated.keys()].sort()).toEqual(
      built.functionsJson.functions.map((f) => f.id).sort()
    );
    expect(associated.size).toBe(17);
  });

  it("computes through the associated functions, and fails with the runtime’s CustomFunctions.Error", () => {
    const students = [[45], [37], [89], [76], [55]];
    const values = [[279 / 45], [137 / 37], [935 / 89], [160 / 76], [402 / 55]];
    expect(associated.get("VARIATION_COEF")!(values, students)).toBeCloseTo(0.51526, 5);
    expect(associated.get("CV_OK")!(0.5, "小学")).toBe(true);
    let thrown: unknown;
    try {
      associated.get("PER100")!(3, 0);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StubError);
    expect((thrown as StubError).code).toBe("#VALUE!");
    expect((thrown as StubError).message).toContain("学生数为 0");
  });
});
