/**
 * Offline checks of manifest.xml. The official XSDs are not available offline (and
 * office-addin-manifest's validate command calls a web service), so this checks what the
 * schema and Office require that a mistake here would break: well-formed XML, the top-level
 * element order of the OfficeApp schema, resource ids, string lengths, the shared runtime,
 * and that the production manifest differs from the development one only by origin.
 */
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const manifestXml = fs.readFileSync(MANIFEST_PATH, "utf8");

const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  urlDev: string;
  urlProd: string;
  toProductionManifest(xml: string): string;
};

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Parses XML strictly: jsdom's XML mode throws on anything not well-formed. */
function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: "text/xml" }).window.document;
}

const doc = parseXml(manifestXml);
const root = doc.documentElement;
const all = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
const children = (el: Element) => Array.from(el.children);
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");

/** Every URL the manifest gives, wherever it is. */
function urlsOf(xml: string): string[] {
  const d = parseXml(xml);
  const urls: string[] = [];
  for (const el of Array.from(d.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:/.test(v)) urls.push(v);
    }
    if (el.children.length === 0 && /^https?:/.test(el.textContent ?? ""))
      urls.push(el.textContent!.trim());
  }
  return urls;
}

describe("manifest.xml", () => {
  it("is well-formed XML (the parser rejects broken XML)", () => {
    expect(() => parseXml("<OfficeApp><Id></OfficeApp>")).toThrow();
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  it("has the top-level elements in the order the OfficeApp schema requires", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = children(root).map((c) => c.localName);
    for (const name of present) expect(order).toContain(name);
    expect(present).toEqual(order.filter((name) => present.includes(name)));
    // Required for a task pane add-in; AppDomains is left out because it may not be empty and no other domain is used.
    for (const name of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]) {
      expect(present).toContain(name);
    }
    expect(new Set(present).size).toBe(present.length);
  });

  it("identifies itself with a GUID and a four-part version", () => {
    const text = (name: string) =>
      children(root)
        .find((c) => c.localName === name)!
        .textContent!.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("has a Chinese display name and description by default, with English overrides", () => {
    expect(children(root).find((c) => c.localName === "DefaultLocale")!.textContent).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const el = children(root).find((c) => c.localName === name)!;
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const en = children(el).find(
        (c) => c.localName === "Override" && c.getAttribute("Locale") === "en-US"
      );
      expect(en?.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("runs the task pane and the EDU functions in one long-lived shared runtime on Workbook", () => {
    expect(all(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = all(NS.app, "Set").map((s) => s.getAttribute("Name"));
    expect(sets).toContain("SharedRuntime");
    const versionOverrides = all(NS.ov, "VersionOverrides");
    expect(versionOverrides).toHaveLength(1);
    expect(xsiType(versionOverrides[0])).toBe("VersionOverridesV1_0"); // the only version TaskPaneApp takes
    const runtimes = all(NS.ov, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtimeId = runtimes[0].getAttribute("resid");
    const cf = all(NS.ov, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const pageSource = children(children(cf).find((c) => c.localName === "Page")!)[0];
    expect(pageSource.getAttribute("resid")).toBe(runtimeId);
    expect(all(NS.ov, "FunctionFile")[0].getAttribute("resid")).toBe(runtimeId);
    const action = all(NS.ov, "Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    expect(
      children(action)
        .find((c) => c.localName === "SourceLocation")!
        .getAttribute("resid")
    ).toBe(runtimeId);
    const namespaceId = children(cf)
      .find((c) => c.localName === "Namespace")!
      .getAttribute("resid");
    const namespace = all(NS.bt, "String").find((s) => s.getAttribute("id") === namespaceId)!;
    expect(namespace.getAttribute("DefaultValue")).toBe("EDU");
  });

  it("defines every resid it uses and uses every one it defines", () => {
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((e) => e.getAttribute("resid"))
        .filter((v): v is string => !!v)
    );
    const resources = all(NS.ov, "Resources")[0];
    const defined = Array.from(resources.getElementsByTagName("*"))
      .map((e) => e.getAttribute("id"))
      .filter((v): v is string => !!v);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
    // Each resid points at a resource of the right kind.
    const kindOf = (id: string) =>
      Array.from(resources.getElementsByTagName("*")).find((e) => e.getAttribute("id") === id)!
        .parentElement!.localName;
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      const id = el.getAttribute("resid");
      if (!id) continue;
      const expected =
        el.localName === "Image"
          ? "Images"
          : el.localName === "Description" || el.localName === "Tooltip"
            ? "LongStrings"
            : el.localName === "Title" || el.localName === "Label" || el.localName === "Namespace"
              ? "ShortStrings"
              : "Urls";
      expect(`${el.localName} → ${id}: ${kindOf(id)}`).toBe(`${el.localName} → ${id}: ${expected}`);
    }
  });

  it("keeps strings within the schema lengths (short 125, long 250) and offers the metadata in zh-CN", () => {
    for (const s of Array.from(all(NS.bt, "ShortStrings")[0].children)) {
      for (const v of [
        s.getAttribute("DefaultValue"),
        ...children(s).map((o) => o.getAttribute("Value")),
      ])
        expect(v!.length).toBeLessThanOrEqual(125);
    }
    for (const s of Array.from(all(NS.bt, "LongStrings")[0].children)) {
      for (const v of [
        s.getAttribute("DefaultValue"),
        ...children(s).map((o) => o.getAttribute("Value")),
      ])
        expect(v!.length).toBeLessThanOrEqual(250);
    }
    const metadata = all(NS.bt, "Url").find(
      (u) => u.getAttribute("id") === "Functions.Metadata.Url"
    )!;
    expect(metadata.getAttribute("DefaultValue")).toBe(`${webpackConfig.urlDev}functions.json`);
    const zh = children(metadata).find(
      (o) => o.localName === "Override" && o.getAttribute("Locale") === "zh-CN"
    );
    expect(zh?.getAttribute("Value")).toBe(`${webpackConfig.urlDev}functions.zh-CN.json`);
  });

  it("points every URL at the development origin, at a file the build emits", () => {
    const urls = urlsOf(manifestXml);
    expect(urls.length).toBeGreaterThan(5);
    const emitted = new Set([
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions.zh-CN.json",
      "help.html",
      ...fs.readdirSync(path.join(ROOT, "assets")).map((f) => `assets/${f}`),
    ]);
    for (const url of urls) {
      expect(url.startsWith(webpackConfig.urlDev)).toBe(true);
      expect(emitted).toContain(url.slice(webpackConfig.urlDev.length));
    }
    expect(fs.existsSync(path.join(ROOT, "src/functions/functions.zh-CN.json"))).toBe(true);
  });

  it("in production, has the same URLs with only the origin changed", () => {
    const production = webpackConfig.toProductionManifest(manifestXml);
    expect(webpackConfig.urlProd).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    expect(webpackConfig.urlProd).not.toBe(webpackConfig.urlDev);
    expect(production).not.toContain("localhost");
    const dev = urlsOf(manifestXml);
    const prod = urlsOf(production);
    expect(prod).toEqual(
      dev.map((u) => webpackConfig.urlProd + u.slice(webpackConfig.urlDev.length))
    );
    // Nothing but URLs changed.
    expect(production.split(webpackConfig.urlProd).join(webpackConfig.urlDev)).toBe(manifestXml);
  });

  it("has the icons at the sizes their names and bt:Image sizes say", () => {
    const sizeOfPng = (file: string) => {
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    for (const size of [16, 32, 64, 80])
      expect(sizeOfPng(path.join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
    for (const image of all(NS.bt, "Image").filter((i) => i.hasAttribute("size"))) {
      const id = image.getAttribute("resid")!;
      const url = all(NS.bt, "Image")
        .find((i) => i.getAttribute("id") === id)!
        .getAttribute("DefaultValue")!;
      expect(url).toMatch(new RegExp(`icon-${image.getAttribute("size")}\\.png$`));
    }
    expect(
      children(root)
        .find((c) => c.localName === "IconUrl")!
        .getAttribute("DefaultValue")
    ).toMatch(/icon-32\.png$/);
    expect(
      children(root)
        .find((c) => c.localName === "HighResolutionIconUrl")!
        .getAttribute("DefaultValue")
    ).toMatch(/icon-64\.png$/);
  });
});
