import type { Texts } from "../texts";
import type { RULES as ZH } from "../zh-CN/rules";

export const RULES: Texts<typeof ZH> = {
  outOfRange:
    "{what} ({x}) is out of range: a non-zero number must lie between 1e-100 and 1e100 in absolute value",
  overflow: "{what} is out of range (inputs too large or too small)",
  lengthMismatch: "{values} values but {students} student counts",
  badStudents: "student count #{n} ({value}) is not a non-negative number",
  badValue: "value #{n} ({value}) is not a number",
  studentCount: "student count #{n}",
  valueAt: "value #{n}",
  noStudents: "the students add up to 0; nothing to weight by",
  noCvs: "no CVs given",
  badCv: "CV {cv} is not a non-negative number",
  cv: "CV",
  per100: "the value per 100 students",
  perStudent: "the value per student",
  notFinite: "{x} is not a finite number",
  studentsNotPositive: "student count ({n}) must be above 0",
  noCohort: "the cohort (enrolled − deaths) must be above 0",
  consolidationRate: "the consolidation rate",
  bands: {
    standard: "standard",
    large: "large",
    veryLarge: "very large",
    superLarge: "super-large",
  },
};
