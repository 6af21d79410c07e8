/**
 * How large the formula template is (template --formulas, issue 27): a module of its own so that
 * the CLI's help and the report's surface can name the sizes without bundling the template's
 * builder (src/report/formulaTemplate.ts) into the task pane.
 */

/** School rows the 测算 sheet computes: the data sheet's rows 2 to FORMULA_TEMPLATE_SCHOOLS + 1. */
export const FORMULA_TEMPLATE_SCHOOLS = 300;
/** Class rows the class checks read: the class sheet's rows 2 to FORMULA_TEMPLATE_CLASSES + 1. */
export const FORMULA_TEMPLATE_CLASSES = 10000;
