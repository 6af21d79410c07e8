/**
 * Issue 25: the year of each file (填报年度, else a year in the file's name) and the checks
 * before years are laid side by side (one file a year, one county).
 */
import {
  checkYears,
  countyTemplateRows,
  evaluate,
  templateHeaders,
  yearFromFileName,
  yearOf,
  type Evaluation,
  type SheetCells,
} from "../../../src/core";

const PRIMARY: Record<string, string | number> = {
  name: "城关一小",
  type: "小学",
  primaryStudents: 600,
  primaryQualifiedTeachers: 30,
  primaryBackboneTeachers: 6,
  primaryPeArtTeachers: 5,
  teachingArea: 3000,
  indoorSportsArea: 200,
  outdoorSportsArea: 5000,
  equipmentValue: 120,
  multimediaRooms: 15,
};

function schoolSheet(): SheetCells {
  const t = templateHeaders().schoolSheet;
  return { name: t.name, values: [t.headers, t.fields.map((f) => PRIMARY[f] ?? "")] };
}

/** The template's county sheet with the given figures (countyName, countyCode, reportYear). */
function countySheet(given: Record<string, string | number>): SheetCells {
  const t = countyTemplateRows();
  return {
    name: t.name,
    values: [
      t.headers,
      ...t.rows.map((r) => (r.kind === "section" ? [r.text] : [r.label, given[r.key] ?? ""])),
    ],
  };
}

function year(given?: Record<string, string | number>): Evaluation {
  return evaluate(given ? [schoolSheet(), countySheet(given)] : [schoolSheet()]);
}

describe("yearOf", () => {
  test("the county sheet's 填报年度 comes first, whatever the file's name says", () => {
    expect(yearOf(year({ reportYear: 2024 }), "甲县2023.xlsx")).toBe(2024);
  });

  test("without a 填报年度, the first year standing alone in the file's name", () => {
    const ev = year();
    expect(yearOf(ev, "甲县2023年数据.xlsx")).toBe(2023);
    expect(yearOf(ev, "2022-2023学年 甲县.xlsx")).toBe(2022);
    expect(yearOf(ev, "甲县_2025.csv")).toBe(2025);
    expect(yearOf(ev, "甲县２０２１.xlsx")).toBe(2021); // full-width digits
    expect(yearOf(ev, "数据/2019/甲县.xlsx")).toBeUndefined(); // a folder is not the file's name
  });

  test("no year: digits inside a longer run, or outside 2000–2099, or none at all", () => {
    const ev = year();
    expect(yearOf(ev, "甲县20240901.xlsx")).toBeUndefined();
    expect(yearOf(ev, "甲县1999.xlsx")).toBeUndefined();
    expect(yearOf(ev, "甲县3301.xlsx")).toBeUndefined();
    expect(yearOf(ev, "甲县.xlsx")).toBeUndefined();
    expect(yearFromFileName("3301022024.xlsx")).toBeUndefined();
  });

  test("a 填报年度 that is not a year 2000–2099 gives way to the file's name", () => {
    expect(yearOf(year({ reportYear: 24 }), "甲县2024.xlsx")).toBe(2024);
  });
});

describe("checkYears", () => {
  test("files of one county, one a year: no problem", () => {
    const a = year({ countyName: "甲县", countyCode: "330102", reportYear: 2023 });
    const b = year({ countyName: "甲 县", countyCode: "330102", reportYear: 2024 });
    const c = year(); // no county sheet: nothing to compare
    expect(
      checkYears([
        { year: 2023, source: "a.xlsx", evaluation: a },
        { year: 2024, source: "b.xlsx", evaluation: b },
        { year: 2025, source: "c.xlsx", evaluation: c },
      ])
    ).toBeUndefined();
  });

  test("two files of one year are named, with the year", () => {
    const ev = year();
    const p = checkYears([
      { year: 2023, source: "甲县2023.xlsx", evaluation: ev },
      { year: 2024, source: "甲县2024.xlsx", evaluation: ev },
      { year: 2023, source: "甲县2023（改）.xlsx", evaluation: ev },
    ]);
    expect(p).toMatchObject({
      code: "duplicateYear",
      year: 2023,
      sources: ["甲县2023.xlsx", "甲县2023（改）.xlsx"],
    });
    expect(p?.message).toContain("「甲县2023.xlsx」和「甲县2023（改）.xlsx」都是 2023 年");
    expect(p?.messageEn).toContain("2023");
  });

  test("different county names: both files and both names", () => {
    const p = checkYears([
      { year: 2023, source: "a.xlsx", evaluation: year({ countyName: "甲县" }) },
      { year: 2024, source: "b.xlsx", evaluation: year() },
      { year: 2025, source: "c.xlsx", evaluation: year({ countyName: "乙县" }) },
    ]);
    expect(p).toMatchObject({
      code: "differentCountyNames",
      sources: ["a.xlsx", "c.xlsx"],
      values: ["甲县", "乙县"],
    });
    expect(p?.message).toBe(
      "「a.xlsx」是「甲县」，「c.xlsx」是「乙县」：县（市、区）名称不同，不能放在一起比较。请只选同一个县各年度的文件。"
    );
  });

  test("different 行政区划代码: both files and both codes, even under one name", () => {
    const p = checkYears([
      {
        year: 2023,
        source: "a.xlsx",
        evaluation: year({ countyName: "甲县", countyCode: "330102" }),
      },
      {
        year: 2024,
        source: "b.xlsx",
        evaluation: year({ countyName: "甲县", countyCode: "330103" }),
      },
    ]);
    expect(p).toMatchObject({
      code: "differentCountyCodes",
      sources: ["a.xlsx", "b.xlsx"],
      values: ["330102", "330103"],
    });
    expect(p?.message).toContain("330102");
    expect(p?.message).toContain("330103");
  });

  test("a duplicate year is said before different counties", () => {
    const p = checkYears([
      { year: 2023, source: "a.xlsx", evaluation: year({ countyName: "甲县" }) },
      { year: 2023, source: "b.xlsx", evaluation: year({ countyName: "乙县" }) },
    ]);
    expect(p?.code).toBe("duplicateYear");
  });
});
