import type { SourceData } from '../../src/taskpane/excel/types';
import { languageOf, MESSAGES, translate } from '../../src/taskpane/messages';
import { checkSummary, columnOptions, fieldRows, fixed, overallVerdict, readTable, runAssessment, sortedIssues } from '../../src/taskpane/wizard';
import { smallCountyClassSheet, smallCountySchoolSheet, XSS_NAME } from './smallCounty';

function source(): SourceData {
  return {
    school: { name: '学校基础数据', values: smallCountySchoolSheet() },
    classes: { name: '班级', values: smallCountyClassSheet() },
    resolved: { kind: 'sheet', sheet: '学校基础数据' },
  };
}

describe('the small county, worked by hand (smallCounty.ts)', () => {
  const read = readTable(source(), {});
  const a = runAssessment(read);

  test('the bad row is an error naming sheet, row 5 and column F; the other three schools are read', () => {
    expect(read.schools.map((s) => s.name)).toEqual(['城关小学', '河西小学', XSS_NAME]);
    const error = read.issues.find((i) => i.severity === 'error')!;
    expect(error).toMatchObject({ sheet: '学校基础数据', row: 5, column: 'F' });
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
    const summary = checkSummary(read);
    expect(summary).toMatchObject({ errors: 1, badSchools: 1, schools: 3, classes: 4, canAssess: true, needsConsent: true });
    expect(read.incomplete).toBe(true);
  });

  test('county value 4.50 and CV 0.157 for 高于规定学历教师; 河西小学 fails, lacking 0.70 (16.7%)', () => {
    const p = a.stages.primary;
    expect(fixed(p.indicators.qualifiedTeachersPer100.countyValue, 2)).toBe('4.50');
    expect(p.indicators.qualifiedTeachersPer100.cv).toBeCloseTo(Math.sqrt(0.5) / 4.5, 10);
    expect(fixed(p.indicators.qualifiedTeachersPer100.cv, 3)).toBe('0.157');
    expect(p.schools.filter((s) => !s.passes).map((s) => s.name)).toEqual(['河西小学']);
    const shortfall = p.schools.find((s) => s.name === '河西小学')!.shortfalls[0];
    expect(shortfall.indicator).toBe('qualifiedTeachersPer100');
    expect(fixed(shortfall.absolute, 2)).toBe('0.70');
    expect(a.incomplete).toBe(true);
  });

  test('the overall verdict fails, and says why', () => {
    const v = overallVerdict(a, 'zh');
    expect(v.passes).toBe(false);
    expect(v.reasons.map((r) => translate('zh', r.key, r.params))).toEqual([
      '小学：1 所学校未达到办学标准',
      '初中：没有纳入测算的学校',
      '小学：1 个班级超过 45 人',
    ]);
  });

  test('a county that meets everything passes', () => {
    const good = runAssessment({ ...read, schools: read.schools.filter((s) => s.name !== '河西小学'), classes: [], incomplete: false });
    const v = overallVerdict(good, 'en');
    expect(v.reasons.map((r) => r.key)).toEqual(['reasonStageEmpty']);
    expect(v.passes).toBe(true);
  });
});

describe('the mapping step', () => {
  test('every template field is listed with the column the reader took', () => {
    const read = readTable(source(), {});
    const rows = fieldRows(read, 'school', {});
    const students = rows.find((r) => r.rule.field === 'primaryStudents')!;
    expect(students.mapping).toMatchObject({ column: 'F', header: '小学在校生数' });
    const equipment = rows.find((r) => r.rule.field === 'equipmentValue')!;
    expect(equipment.mapping?.unit).toBe('万元');
    expect(fieldRows(read, 'class', {}).map((r) => r.mapping?.column)).toEqual(['A', 'B', 'C', 'D']);
  });

  test('the drop-down offers each header column by letter', () => {
    const options = columnOptions(source().school, 'school');
    expect(options[0]).toEqual({ letter: 'A', header: '学校名称' });
    expect(options[5]).toEqual({ letter: 'F', header: '小学在校生数' });
    // a table that starts in C3 names its columns from C
    const shifted = columnOptions({ ...source().school, origin: { row: 3, column: 3 } }, 'school');
    expect(shifted[0].letter).toBe('C');
  });

  test('an override moves a field to another column, and "" leaves it out', () => {
    const moved = readTable(source(), { primaryStudents: 'G' });
    expect(moved.mapping.find((m) => m.field === 'primaryStudents')?.column).toBe('G');
    const rows = fieldRows(moved, 'school', { primaryStudents: 'G' });
    expect(rows.find((r) => r.rule.field === 'primaryStudents')!.override).toBe('G');
    const dropped = readTable(source(), { musicRooms: '', artRooms: '' });
    expect(dropped.mapping.find((m) => m.field === 'musicRooms')).toBeUndefined();
    expect(runAssessment(dropped).specialRooms).toBeNull();
  });
});

test('issues sort errors first, then by sheet, row and column', () => {
  const base = { code: 'x', message: 'm' };
  const sorted = sortedIssues([
    { ...base, severity: 'warning', sheet: 'A', row: 1 },
    { ...base, severity: 'error', sheet: 'B', row: 9, column: 'AA' },
    { ...base, severity: 'error', sheet: 'B', row: 9, column: 'C' },
    { ...base, severity: 'error', sheet: 'B', row: 2 },
  ]);
  expect(sorted.map((i) => `${i.severity}${i.row}${i.column ?? ''}`)).toEqual(['error2', 'error9C', 'error9AA', 'warning1']);
});

describe('messages', () => {
  test('Chinese unless Office speaks English', () => {
    expect(['zh-CN', 'zh-TW', 'en-US', 'en-GB', 'en', 'fr-FR', undefined, ''].map(languageOf)).toEqual(['zh', 'zh', 'en', 'en', 'en', 'zh', 'zh', 'zh']);
  });

  test('every message has both languages and the same placeholders in each', () => {
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect([key, entry.zh.length > 0, entry.en.length > 0]).toEqual([key, true, true]);
      expect([key, holes(entry.zh)]).toEqual([key, holes(entry.en)]);
    }
  });

  test('placeholders are filled with the values as given', () => {
    expect(translate('zh', 'schoolSizeOver', { name: XSS_NAME, students: 2150, limit: 2000 })).toBe(`${XSS_NAME}：2150 人，上限 2000 人`);
  });
});
