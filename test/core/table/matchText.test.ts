import { matchText } from "../../../src/core/table/cells";

// matchText remembers recent answers (a class sheet repeats each school's name); the
// remembered answer must be the computed one, also once the bounded memory has been emptied.
test("matchText: full-width, spaces and case folded, the same on repeated calls and after many distinct names", () => {
  const name = "　城关　第一小学（ＡＢＣ）  ";
  const expected = "城关第一小学(abc)";
  expect(matchText(name)).toBe(expected);
  expect(matchText(name)).toBe(expected);
  const wrong: string[] = [];
  for (let i = 0; i < 60000; i++) {
    const n = `第${i}小学 Ｘ`;
    if (matchText(n) !== `第${i}小学x`) wrong.push(n);
  }
  expect(wrong).toEqual([]);
  expect(matchText(name)).toBe(expected);
  expect(matchText("小学在校生数（人）")).toBe("小学在校生数(人)");
});
