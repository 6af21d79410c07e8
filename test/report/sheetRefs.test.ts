import { renameSheetRefs } from "../../src/report";

const renames = new Map([
  ["表Ⅱ-2分学校", "表Ⅱ-2分学校(2)"],
  ["数据", "数据(3)"],
  ["O'Brien", "O'Brien (2)"],
]);

describe("renameSheetRefs: the report's quoted sheet references follow the names written", () => {
  test("every reference to a renamed sheet, ranges and cells alike", () => {
    expect(
      renameSheetRefs(
        "SUMPRODUCT('表Ⅱ-2分学校'!D7:D37,'表Ⅱ-2分学校'!G7:G37)/SUM('表Ⅱ-2分学校'!D7:D37)",
        renames
      )
    ).toBe(
      "SUMPRODUCT('表Ⅱ-2分学校(2)'!D7:D37,'表Ⅱ-2分学校(2)'!G7:G37)/SUM('表Ⅱ-2分学校(2)'!D7:D37)"
    );
    expect(renameSheetRefs("'数据'!F5/'数据'!D5*100", renames)).toBe(
      "'数据(3)'!F5/'数据(3)'!D5*100"
    );
  });

  test("quotes doubled inside a name are read and written doubled", () => {
    expect(renameSheetRefs("'O''Brien'!A1+1", renames)).toBe("'O''Brien (2)'!A1+1");
    // A name that only starts like a renamed one is another sheet.
    expect(renameSheetRefs("'O''Brien''s'!A1", renames)).toBe("'O''Brien''s'!A1");
  });

  test("other sheets, names without '!', strings and cell references stay as they are", () => {
    expect(renameSheetRefs("'表Ⅲ'!C5+C6", renames)).toBe("'表Ⅲ'!C5+C6");
    expect(renameSheetRefs(`COUNTIF('表Ⅱ-2分学校'!Q7:Q9,"'数据'!是")`, renames)).toBe(
      `COUNTIF('表Ⅱ-2分学校(2)'!Q7:Q9,"'数据'!是")`
    );
    expect(renameSheetRefs(`"a""'数据'!"&'数据'!A1`, renames)).toBe(`"a""'数据'!"&'数据(3)'!A1`);
    expect(renameSheetRefs("SUM(A1:A3)", renames)).toBe("SUM(A1:A3)");
    expect(renameSheetRefs("'数据'!A1", new Map())).toBe("'数据'!A1");
  });
});
