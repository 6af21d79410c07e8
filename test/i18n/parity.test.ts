/**
 * Every catalogue says each thing in both languages with the same figures: the same keys in
 * zh-CN and en-US, and in each message the same parameters used (a `…En` parameter stands for
 * its Chinese twin), so that no English message drops a number its Chinese one gives.
 */
import { TABLE_MESSAGES } from "../../src/core/table/messages";
import { ALLOWANCE_MESSAGES } from "../../src/core/allowances/messages";
import { EN_US as EN_LOCALE, ZH_CN as ZH_LOCALE } from "../../src/i18n";
import { EN_CLI, ZH_CLI } from "../../src/i18n/cli";
import { EN_DOCUMENTS } from "../../src/i18n/documents";
import { EN_PROFILE_FILE, ZH_PROFILE_FILE } from "../../src/i18n/profileFile";

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

pairs("the reader's messages", TABLE_MESSAGES as never);
pairs("the allowances' messages", ALLOWANCE_MESSAGES as never);

it("a message whose English drops a figure is caught", () => {
  const zh = used((p) => `第 ${p.row} 行 ${p.column} 列`);
  const en = used((p) => `row ${p.row}`);
  expect(en.keys).not.toEqual(zh.keys);
  expect(used((p) => `${p.kindEn}`).keys).toEqual(used((p) => `${p.kind}`).keys);
});

describe("the locale catalogues (src/i18n: zh-CN, en-US)", () => {
  type Node = string | readonly string[] | { readonly [key: string]: Node };
  /** A text's holes, `{listEn}` standing for its Chinese twin `{list}` (as in the pairs above). */
  const holes = (t: string) =>
    [...new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, "")))].sort();
  /** Every leaf as [path, zh, en]; a key or a list length that differs is reported as such. */
  function walk(zh: Node, en: Node | undefined, at: string, out: string[][], odd: string[]): void {
    if (typeof zh === "string") {
      if (typeof en !== "string") odd.push(`${at}: not a string in en-US`);
      else out.push([at, zh, en]);
    } else if (Array.isArray(zh)) {
      if (!Array.isArray(en) || en.length !== zh.length) odd.push(`${at}: list lengths differ`);
      else
        zh.forEach((z: string, i: number) => walk(z, (en as string[])[i], `${at}[${i}]`, out, odd));
    } else {
      const z = zh as { [key: string]: Node };
      const e = (en ?? {}) as { [key: string]: Node };
      if (typeof en !== "object" || en === null || Array.isArray(en))
        odd.push(`${at}: not a part in en-US`);
      for (const key of Object.keys(e)) if (!(key in z)) odd.push(`${at}.${key}: only in en-US`);
      for (const key of Object.keys(z)) walk(z[key], e[key], `${at}.${key}`, out, odd);
    }
  }
  const leaves: string[][] = [];
  const odd: string[] = [];
  // The shared catalogue, the documents' English (src/i18n/documents.ts) and the catalogues of
  // their own (src/i18n/cli.ts, profileFile.ts), walked as one.
  walk(
    { ...ZH_LOCALE, cli: ZH_CLI, profileFile: ZH_PROFILE_FILE } as unknown as Node,
    { ...EN_LOCALE, ...EN_DOCUMENTS, cli: EN_CLI, profileFile: EN_PROFILE_FILE } as unknown as Node,
    "",
    leaves,
    odd
  );

  it("hold the same keys, parts and list lengths", () => {
    expect(odd).toEqual([]);
  });

  it("say each text in both languages with the same holes", () => {
    const differ = leaves
      .filter(
        ([at, zh, en]) =>
          // A joiner may be empty (Chinese writes 「甲」「乙」 where English writes "a", "b").
          (!at.includes(".joiners.") && (zh.trim() === "" || en.trim() === "")) ||
          holes(zh).join() !== holes(en).join()
      )
      .map(([at, zh, en]) => `${at}: ${zh} / ${en}`);
    expect(differ).toEqual([]);
  });

  it("a key missing from en-US, or an English text that drops a hole, is caught", () => {
    const found: string[] = [];
    walk({ a: "第 {row} 行", b: { c: "x" } }, { a: "row", b: {} }, "", [], found);
    expect(found).toEqual([".b.c: not a string in en-US"]);
    expect(holes("第 {row} 行")).not.toEqual(holes("row"));
  });
});
