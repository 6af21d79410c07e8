/**
 * Table cells for long tables (the 申报表's 表Ⅱ-2 of thousands of schools), made cheaply and
 * still written by the `docx` package.
 *
 * A docx TableCell is a tree of a dozen components (cell properties, width, shading, paragraph,
 * its properties, run, run properties, text…), each turned into an object for the XML when the
 * document is packed. In a table of 80,000 cells most cells differ from others only in their
 * text. So each distinct kind of cell (its width, span, fill, font…) is made once as a real
 * docx TableCell with a placeholder for its text, and docx turns it into its XML object; every
 * other cell of that kind is a StampedCell, which gives that same object with its own text put
 * where the placeholder was. The elements and attributes are docx's; the text is escaped by
 * docx's own XML writer, as any run's text is. Nothing here writes XML.
 */
import { TableCell, type IContext, type IXmlableObject } from "docx";

/** Where the text stands in a cell's XML object: the keys and indexes from the root down. */
type Path = readonly (string | number)[];

/**
 * The text a template cell is made with, found again in docx's XML object by being the only
 * string equal to it there (style ids, colours and numbers never are); any text may then stand
 * in its place, this one too.
 */
export const PLACEHOLDER = "\uE000\uE001\uE002";

/** The path to the one string equal to `text` in an XML object, or undefined (none, or several). */
export function pathOf(node: unknown, text: string): Path | undefined {
  const found: Path[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (value === text) found.push([...path]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(node, []);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The object with the value at `path` replaced by `text`: the objects and arrays along the path
 * are copied, everything beside it is shared with the template (docx's XML writer only reads).
 */
export function stamp<T>(node: T, path: Path, text: string, depth = 0): T {
  if (depth === path.length) return text as T;
  const key = path[depth];
  const source = node as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? node.slice() : { ...source }) as Record<
    string | number,
    unknown
  >;
  copy[key] = stamp(source[key], path, text, depth + 1);
  return copy as T;
}

/** A kind of cell's XML object made once, and where its text goes (undefined: a cell of no text). */
interface Template {
  xml: IXmlableObject | undefined;
  path: Path | undefined;
}

/**
 * The templates of one document, by the kind of cell. `make(placeholder)` gives the real docx
 * cell of a kind with the given text; it is asked once per kind.
 */
export class CellStamps {
  private readonly templates = new Map<string, Template>();

  template(
    kind: string,
    hasText: boolean,
    make: (text: string) => TableCell,
    context: IContext
  ): Template {
    const key = `${hasText ? 1 : 0}|${kind}`;
    let t = this.templates.get(key);
    if (!t) {
      const xml = make(hasText ? PLACEHOLDER : "").prepForXml(context);
      const path = hasText ? pathOf(xml, PLACEHOLDER) : undefined;
      if (hasText && !path)
        throw new Error(`docx wrote a table cell's text where it could not be found (${kind})`);
      t = { xml, path };
      this.templates.set(key, t);
    }
    return t;
  }

  /** How many kinds of cell were made (for the tests). */
  get size(): number {
    return this.templates.size;
  }
}

/**
 * A cell written as its kind's template with its own text. It is a TableCell to the Table and
 * TableRow around it (its column span counts for the grid); it must span one row only (docx
 * adds the covered cells under a row span from the cell's own options).
 */
export class StampedCell extends TableCell {
  constructor(
    private readonly stamps: CellStamps,
    private readonly kind: string,
    private readonly text: string,
    private readonly make: (text: string) => TableCell,
    columnSpan: number | undefined
  ) {
    super({ children: [], columnSpan });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const t = this.stamps.template(this.kind, this.text !== "", this.make, context);
    return t.path && t.xml ? stamp(t.xml, t.path, this.text) : t.xml;
  }
}
