/**
 * Sheet references in the report's formulas when a writer names a sheet otherwise (the task
 * pane never overwrites a user's sheet: a report sheet whose name is taken gets "(2)"). The
 * report writes every reference quoted, 'name'!, with a quote inside the name doubled
 * (working.ts's sheetRef); text between double quotes is a string, never a reference.
 */

/** `'name'!` for any name, quotes inside it doubled. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/**
 * The formula with each quoted reference to a sheet of `renames` (its name in the report → the
 * name written) pointing at the new name. Names compare as written (the report's own names);
 * references to other sheets and strings are left as they are.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0 || !formula.includes("'")) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal: to its closing quote ("" inside is one quote).
      let end = i + 1;
      while (end < formula.length) {
        if (formula[end] === '"') {
          if (formula[end + 1] === '"') end += 2;
          else break;
        } else end++;
      }
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "'") {
      // A quoted name: to the quote not doubled; a reference when "!" follows.
      let name = "";
      let end = i + 1;
      while (end < formula.length) {
        if (formula[end] === "'") {
          if (formula[end + 1] === "'") {
            name += "'";
            end += 2;
          } else break;
        } else name += formula[end++];
      }
      const renamed = formula[end + 1] === "!" ? renames.get(name) : undefined;
      if (renamed !== undefined) {
        out += quoted(renamed);
        i = end + 2;
      } else {
        out += formula.slice(i, end + 1);
        i = end + 1;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
