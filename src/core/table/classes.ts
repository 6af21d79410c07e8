/**
 * The optional class sheet (班级, template.md §2) → ClassRecord[]. Bad rows are
 * reported and left out; the others are read.
 */
import type { ClassRecord, InputIssue } from "../types";
import { parseStage } from "../vocabulary";
import { excelRow } from "./columns";
import { CLASS_FIELD_RULES } from "./fields";
import { missingColumnIssues, type SheetMapping } from "./mapping";
import { PHRASES, tableIssue, type Phrase } from "./messages";
import { RowContext, cellAt, classifyRow, nameKey, readAmount, readText } from "./rows";

function expectedParams(p: Phrase): { expected: string; expectedEn: string } {
  return { expected: p.zh, expectedEn: p.en };
}

export interface ClassSheetResult {
  /** null when the sheet lacks a column it needs (the issue says which). */
  classes: ClassRecord[] | null;
  issues: InputIssue[];
}

/**
 * @param schoolNames nameKey → the school's name on the school sheet, so that a
 *   class's school is written the same way and unknown schools are pointed out.
 */
export function readClassSheet(
  m: SheetMapping,
  schoolNames: ReadonlyMap<string, string>,
  schoolSheet: string | undefined
): ClassSheetResult {
  const columnIssues: InputIssue[] = [...m.issues];
  const rowIssues: InputIssue[] = [];
  columnIssues.push(
    ...missingColumnIssues(
      m,
      CLASS_FIELD_RULES.filter((r) => !m.fields.has(r.field) && !m.unusable.has(r.field)).map(
        (rule) => ({ rule })
      )
    )
  );
  const schoolField = m.fields.get("school");
  const stageField = m.fields.get("stage");
  const classField = m.fields.get("className");
  const studentsField = m.fields.get("students");
  if (!schoolField || !stageField || !classField || !studentsField)
    return { classes: null, issues: columnIssues };

  const values = m.sheet.values;
  const start = m.dataStart;
  const classes: ClassRecord[] = [];
  const unknownSchools = new Set<string>();
  for (let i = start; i < values.length; i++) {
    const row = values[i];
    if (classifyRow(m, row, "school") !== "record") continue;
    const ctx = new RowContext(m, i, rowIssues, PHRASES.classOnRow(excelRow(m.origin, i)));
    const school = readText(
      ctx,
      schoolField,
      cellAt(row, schoolField.column.index),
      PHRASES.expected.schoolName
    );
    const className = readText(
      ctx,
      classField,
      cellAt(row, classField.column.index),
      PHRASES.expected.className
    );
    if (typeof school === "string" && school !== "blank") {
      ctx.school = schoolNames.get(nameKey(school)) ?? school;
      ctx.subject =
        typeof className === "string" && className !== "blank"
          ? `${ctx.school} ${className}`
          : ctx.school;
    }
    if (school === "blank")
      ctx.report("missingValue", schoolField, expectedParams(PHRASES.expected.schoolName));
    if (className === "blank")
      ctx.report("missingValue", classField, expectedParams(PHRASES.expected.className));

    const stageText = readText(
      ctx,
      stageField,
      cellAt(row, stageField.column.index),
      PHRASES.expected.stage
    );
    const stage =
      typeof stageText === "string" && stageText !== "blank" ? parseStage(stageText) : undefined;
    if (stageText === "blank")
      ctx.report("missingValue", stageField, expectedParams(PHRASES.expected.stage));
    else if (typeof stageText === "string" && !stage)
      ctx.report("unknownStage", stageField, { value: stageText });

    const students = readAmount(ctx, studentsField, cellAt(row, studentsField.column.index));
    if (students === "blank")
      ctx.report("missingValue", studentsField, expectedParams(PHRASES.expected.count));

    if (
      ctx.bad ||
      typeof school !== "string" ||
      typeof className !== "string" ||
      !stage ||
      typeof students !== "number"
    )
      continue;
    const key = nameKey(school);
    if (schoolSheet !== undefined && !schoolNames.has(key) && !unknownSchools.has(key)) {
      unknownSchools.add(key);
      rowIssues.push(
        tableIssue(
          "classSchoolNotFound",
          {
            sheet: m.sheet.name,
            row: ctx.row,
            column: schoolField.letter,
            field: "school",
            school,
          },
          { subject: school, schoolSheet }
        )
      );
    }
    classes.push({
      school: schoolNames.get(key) ?? school,
      stage,
      className,
      students,
      source: { sheet: m.sheet.name, row: ctx.row },
    });
  }
  rowIssues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { classes, issues: [...columnIssues, ...rowIssues] };
}
