/**
 * The task pane's single entry: Office.onReady decides what the page shows.
 * In Excel: the wizard, in Office's display language. Anywhere else (a browser,
 * another Office app, office.js missing): a notice that it needs Excel.
 */
import { createRoot, type Root } from "react-dom/client";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";
import { Wizard } from "./components/Wizard";
import { createExcelGateway } from "./excel";
import { languageOf } from "./messages";

/** ExcelApi 1.9: RangeAreas (the report's styles, one call per style), 1.8 data validation of the template; everything else used is older or guarded. */
const REQUIRED_EXCEL_API = "1.9";

let root: Root | undefined;

function mount(): Root {
  if (!root) {
    let node = document.getElementById("root");
    if (!node) {
      node = document.createElement("div");
      node.id = "root";
      document.body.appendChild(node);
    }
    root = createRoot(node);
  }
  return root;
}

function showOutside(reason: "outside" | "oldExcel" = "outside"): void {
  mount().render(
    <App lang="zh">
      <OutsideExcel reason={reason} />
    </App>
  );
}

function start(info: { host: Office.HostType | null } | undefined): void {
  if (!info || info.host !== Office.HostType.Excel) {
    showOutside();
    return;
  }
  const lang = languageOf(Office.context?.displayLanguage);
  if (!Office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    showOutside("oldExcel");
    return;
  }
  mount().render(
    <App lang={lang}>
      <Wizard gateway={createExcelGateway()} />
    </App>
  );
}

if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
  // office.js did not load (offline, blocked): certainly not in Excel.
  showOutside();
} else {
  void Office.onReady(start);
}
