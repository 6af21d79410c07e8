/**
 * Every catalogue says each thing in both languages with the same figures: the same keys in
 * zh-CN and en-US, and in each message the same parameters used (a `…En` parameter stands for
 * its Chinese twin), so that no English message drops a number its Chinese one gives.
 */
import { EN_US, ZH_CN } from "../../src/core/messages";
import { TABLE_MESSAGES } from "../../src/core/table/messages";
import { ALLOWANCE_MESSAGES } from "../../src/core/allowances/messages";
import { MESSAGES } from "../../src/ui/messages";
import { PAGE_TEXT } from "../../src/page/text";

type Render = (p: Record<string, unknown>) => string;

/** The parameters a message reads (…En folded into its twin), and its text. */
function used(render: Render): { keys: string[]; text: string } {
  const keys = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_t, key) => {
        if (typeof key !== "string") return undefined;
        keys.add(key.replace(/En$/, ""));
        return `⟨${key}⟩`;
      },
    }
  );
  const text = render(params as Record<string, unknown>);
  return { keys: [...keys].sort(), text };
}

function pairs(name: string, catalogue: Record<string, { zh: unknown; en: unknown }>) {
  describe(name, () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      it(`${key}: both languages, the same parameters`, () => {
        expect(typeof entry.en).toBe(typeof entry.zh);
        if (typeof entry.zh === "function") {
          const zh = used(entry.zh as Render);
          const en = used(entry.en as Render);
          expect(zh.text.trim()).not.toBe("");
          expect(en.text.trim()).not.toBe("");
          expect({ key, params: en.keys }).toEqual({ key, params: zh.keys });
        } else {
          const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          expect(String(entry.zh).trim()).not.toBe("");
          expect(String(entry.en).trim()).not.toBe("");
          expect({ key, holes: holes(String(entry.en)) }).toEqual({
            key,
            holes: holes(String(entry.zh)),
          });
        }
      });
    }
  });
}

describe("the findings' catalogues (zh-CN, en-US)", () => {
  it("hold the same keys", () => {
    expect(Object.keys(EN_US).sort()).toEqual(Object.keys(ZH_CN).sort());
  });
});
pairs("the reader's messages", TABLE_MESSAGES as never);
pairs("the allowances' messages", ALLOWANCE_MESSAGES as never);
pairs("the task pane's words", MESSAGES as never);
pairs("the offline page's words", PAGE_TEXT as never);

it("a message whose English drops a figure is caught", () => {
  const zh = used((p) => `第 ${p.row} 行 ${p.column} 列`);
  const en = used((p) => `row ${p.row}`);
  expect(en.keys).not.toEqual(zh.keys);
  expect(used((p) => `${p.kindEn}`).keys).toEqual(used((p) => `${p.kind}`).keys);
});
