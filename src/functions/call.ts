/**
 * The one place where a custom function's arguments are converted and checked, from its
 * declaration (./declarations.ts), and where its body runs inside ./errors' guard: every
 * failure reaches Excel as #VALUE! with a Chinese message naming the argument.
 */
import { fill, ZH } from "../i18n";
import {
  FUNCTION_DECLARATIONS,
  type ArgumentValue,
  type FunctionDeclaration,
} from "./declarations";
import { asExcelErrors, invalidValue } from "./errors";
import {
  fixedNumbers,
  indicatorArgument,
  optionalNumber,
  pairedNumbers,
  rangeNumbers,
  scalarNumber,
  schoolTypeArgument,
  stageArgument,
} from "./ranges";

const BY_ID: ReadonlyMap<string, FunctionDeclaration> = new Map(
  FUNCTION_DECLARATIONS.map((d) => [d.id, d])
);

/** The arguments as declared: converted in order, each check with its own message. */
export function checkArguments(d: FunctionDeclaration, raw: readonly unknown[]): ArgumentValue[] {
  const out: ArgumentValue[] = [];
  d.args.forEach((a, i) => {
    const c = a.check;
    switch (c.kind) {
      case "range":
        out[i] = rangeNumbers(raw[i], a.label);
        break;
      case "pairedRange": {
        const j = d.args.findIndex((x) => x.name === c.weights);
        const pairs = pairedNumbers(raw[i], a.label, raw[j], d.args[j].label);
        if (!(pairs.weights.reduce((x, y) => x + y, 0) > 0))
          throw invalidValue(fill(ZH.functions.call.zeroWeights, { label: d.args[j].label }));
        out[i] = pairs.values;
        out[j] = pairs.weights;
        break;
      }
      case "weights":
        break; // read with its pairedRange
      case "fixedRange":
        out[i] = fixedNumbers(raw[i], a.label, c.count);
        break;
      case "number": {
        const n = scalarNumber(raw[i], a.label);
        if (c.positive && n === 0)
          throw invalidValue(fill(ZH.functions.call.zero, { label: a.label }));
        out[i] = n;
        break;
      }
      case "optionalNumber":
        out[i] = optionalNumber(raw[i], a.label, c.fallback);
        break;
      case "stage":
        out[i] = stageArgument(raw[i], a.label);
        break;
      case "schoolType":
        out[i] = schoolTypeArgument(raw[i], a.label);
        break;
      case "indicator":
        out[i] = indicatorArgument(raw[i], a.label);
        break;
    }
  });
  return out;
}

/** EDU.<id> on the arguments Excel passed: checked, then the body, every failure as #VALUE!. */
export function callFunction(id: string, raw: readonly unknown[]): number | boolean | string {
  const d = BY_ID.get(id);
  if (!d) throw invalidValue(fill(ZH.functions.call.undeclared, { id }));
  return asExcelErrors(id, () => d.body(checkArguments(d, raw)));
}
