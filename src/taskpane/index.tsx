/**
 * The task pane's single entry: Office.onReady decides what the page shows.
 * In Excel: the wizard, in Office's display language. Anywhere else (a browser,
 * another Office app): a notice that it needs Excel. office.js missing, or never
 * ready: a notice that it did not load, with the offline page as the way out.
 */
import { createRoot, type Root } from "react-dom/client";
import { App } from "../ui/components/App";
import { ConnectingToExcel, OutsideExcel, type OutsideReason } from "./OutsideExcel";
import { Wizard } from "../ui/components/Wizard";
import { createExcelGateway } from "./excel";
import { languageOf } from "../ui/messages";

/** ExcelApi 1.9: RangeAreas (the report's styles, one call per style), 1.8 data validation of the template; everything else used is older or guarded. */
const REQUIRED_EXCEL_API = "1.9";

/**
 * office.js loads a follow-up script from Microsoft's CDN (o15apptofilemappingtable.js) before
 * Office.onReady answers; when that request fails (an office without internet, a blocked CDN) it
 * never answers and the pane stayed blank. After this long the pane says so; onReady is still
 * listened to, and the wizard starts if it answers later.
 */
const OFFICE_READY_TIMEOUT_MS = 8000;

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

function showOutside(reason: OutsideReason = "outside"): void {
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
  // office.js itself did not load (offline, blocked): the wizard cannot start.
  showOutside("notLoaded");
  // The custom functions (functions.js, run after this bundle) register through the
  // CustomFunctions namespace office.js defines; without it they would throw on a page that
  // can only show the notice anyway.
  const page = window as unknown as { CustomFunctions?: unknown };
  if (page.CustomFunctions === undefined) page.CustomFunctions = { associate: () => undefined };
} else {
  mount().render(
    <App lang="zh">
      <ConnectingToExcel />
    </App>
  );
  const timer = setTimeout(() => showOutside("notLoaded"), OFFICE_READY_TIMEOUT_MS);
  Office.onReady().then(
    (info) => {
      clearTimeout(timer);
      start(info);
    },
    () => showOutside("notLoaded")
  );
}
