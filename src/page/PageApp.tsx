/**
 * The offline page (dist/edu-balance.html): pick or drop a workbook, then the shared wizard
 * over it (src/ui/components/Wizard.tsx with a file gateway). Reading happens in a worker
 * (reader.ts); the report and the JSON are built in the page and downloaded. Nothing is sent.
 *
 * Several files picked or dropped together are the schools' one-school forms (issue 23 §6):
 * each is read in turn by the same worker, collected (core collectSchools) into the county
 * school table, and the wizard runs on that table as if it had been opened; 回收情况 is shown
 * above it, and the table with 回收情况 can be downloaded. County tables are not collected.
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type DragEvent, useCallback, useMemo, useRef, useState } from "react";
import { type Collection, type Evaluation, type SchoolSource, type YearComparison } from "../core";
import { ZH } from "../i18n";
import { assessJsonText, compareJsonText } from "../report";
import { collectionToXlsxBytes, templateToXlsxBytes } from "../report/xlsx";
import { fileList, planCollection, sourcesOf, unreadable } from "../ui/collectRun";
import { App } from "../ui/components/App";
import { CollectionPanel } from "../ui/components/CollectionPanel";
import { ReportDocButton } from "../ui/components/ReportDocButton";
import { Busy } from "../ui/components/common";
import { Wizard } from "../ui/components/Wizard";
import { useT } from "../ui/i18n";
import { errorText, type Lang, type MessageKey, translate } from "../ui/messages";
import { download, stemOf, XLSX_TYPE } from "./download";
import { createFileGateway, type PickedWorkbook } from "./fileGateway";
import { readInWorker, type ReadHandle, type ReadProgress } from "./reader";
import { pageText, type PageTextKey } from "./text";

const MB = 1024 * 1024;

const useStyles = makeStyles({
  root: {
    maxWidth: "980px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXXL}`,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  title: { flex: 1 },
  /** The drop zone: a dashed frame, the brand's colour while a file is dragged over it. */
  dropZone: {
    margin: `${tokens.spacingVerticalM} 0`,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    flexWrap: "wrap",
  },
  dragging: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
  template: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  loading: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  grow: { flex: 1 },
});
const ACCEPT = ".xlsx,.xlsm,.xls,.et";

function JsonButton({ evaluation, fileName }: { evaluation: Evaluation; fileName: string }) {
  const { t } = useT();
  return (
    <Button
      onClick={() =>
        download(`${stemOf(fileName)}.json`, assessJsonText(evaluation), "application/json")
      }
    >
      {t("downloadJson")}
    </Button>
  );
}

/** 下载 JSON of 与往年比较: the `edu-balance compare --json` document, byte for byte. */
function CompareJsonButton({
  comparison,
  fileName,
}: {
  comparison: YearComparison;
  fileName: string;
}) {
  const { t } = useT();
  return (
    <Button
      onClick={() =>
        download(
          `${stemOf(fileName)}.${ZH.monitor.workbook.fileLabel}.json`,
          compareJsonText(comparison),
          "application/json"
        )
      }
      data-testid="compare-json"
    >
      {t("downloadJson")}
    </Button>
  );
}

/** The name of the downloaded empty template. */
export const TEMPLATE_FILE_NAME = ZH.host.pageApp.templateFileName;

/**
 * 下载空白数据模板: the task pane's template (school, class and county sheets with drop-downs and
 * formats) as a file, for an office that has no add-in to create it; filled in, it is opened here.
 */
function TemplateButton({ tp }: { tp: (key: PageTextKey) => string }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const make = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      download(TEMPLATE_FILE_NAME, await templateToXlsxBytes(), XLSX_TYPE);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.template}>
      <Button size="small" onClick={() => void make()} disabled={busy} data-testid="template">
        {tp("template")}
      </Button>
      <Text size={200}>{tp("templateHint")}</Text>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{failed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

interface Loading {
  file: string;
  progress?: ReadProgress;
  /** Of several files: this one's place (1-based) and how many. */
  index?: number;
  count?: number;
}

/**
 * 下载汇总表: the collected county table and 回收情况 as one .xlsx (the CLI's `collect`
 * output), built in the page and downloaded.
 */
function CollectedDownload({ collection }: { collection: Collection }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string>();
  const make = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      download(`${collection.sheet.name}.xlsx`, await collectionToXlsxBytes(collection), XLSX_TYPE);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void make()} disabled={busy} data-testid="collect-download">
        {t("collectDownload")}
      </Button>
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{failed}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

function Page({ lang, onLang }: { lang: Lang; onLang: () => void }) {
  const styles = useStyles();
  const tp = (key: PageTextKey, params?: Record<string, string | number>) =>
    pageText(lang, key, params);
  const [picked, setPicked] = useState<{ workbook: PickedWorkbook; serial: number }>();
  /** Several forms collected: what came back (shown above the wizard). */
  const [collected, setCollected] = useState<{ collection: Collection; serial: number }>();
  const [loading, setLoading] = useState<Loading>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const current = useRef<ReadHandle>();
  const serial = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  /** Bumped by every pick and by 取消: a reading of several files stops when it changes. */
  const run = useRef(0);

  const open = useCallback(
    (file: File) => {
      current.current?.cancel();
      run.current += 1;
      setError(undefined);
      // Another file: the wizard starts afresh on it (or on nothing, when it is refused).
      setPicked(undefined);
      setCollected(undefined);
      setLoading({ file: file.name });
      let handle: ReadHandle;
      try {
        handle = readInWorker(file, (progress) => setLoading({ file: file.name, progress }));
      } catch (e) {
        setLoading(undefined);
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
      current.current = handle;
      handle.result.then(
        (sheets) => {
          if (current.current !== handle) return;
          current.current = undefined;
          setLoading(undefined);
          serial.current += 1;
          setPicked({ workbook: { fileName: file.name, sheets, file }, serial: serial.current });
        },
        (e: unknown) => {
          if (current.current !== handle) return;
          current.current = undefined;
          setLoading(undefined);
          setError(errorText(e, lang));
        }
      );
    },
    [lang]
  );

  /** Several files: the schools' forms, read one after another, then collected. */
  const openMany = useCallback(
    async (files: File[]) => {
      current.current?.cancel();
      run.current += 1;
      const mine = run.current;
      setError(undefined);
      setPicked(undefined);
      setCollected(undefined);
      const sources: SchoolSource[] = [];
      for (const [i, file] of files.entries()) {
        const at = { index: i + 1, count: files.length };
        setLoading({ file: file.name, ...at });
        let handle: ReadHandle;
        try {
          handle = readInWorker(file, (progress) => {
            if (run.current === mine) setLoading({ file: file.name, progress, ...at });
          });
        } catch (e) {
          // The page itself is damaged (no reader): no file can be read.
          setLoading(undefined);
          setError(errorText(e, lang));
          return;
        }
        current.current = handle;
        try {
          const sheets = await handle.result;
          if (run.current !== mine) return;
          sources.push(...sourcesOf(file.name, sheets));
        } catch (e) {
          if (run.current !== mine) return;
          // Named in 回收情况 (无法读取), as the CLI names it; the other files are still collected.
          sources.push(unreadable(file.name, errorText(e, "zh")));
        }
      }
      current.current = undefined;
      setLoading(undefined);
      const t = (key: MessageKey, params?: Record<string, string | number>) =>
        translate(lang, key, params);
      const plan = planCollection(sources);
      if (plan.kind === "mixed") {
        setError(
          t("collectMixed", { forms: fileList(plan.forms, t), tables: fileList(plan.tables, t) })
        );
        return;
      }
      if (plan.kind === "tables") {
        setError(t("collectTables", { tables: fileList(plan.tables, t) }));
        return;
      }
      serial.current += 1;
      const c = plan.collection;
      setCollected({ collection: c, serial: serial.current });
      if (plan.written > 0)
        setPicked({
          workbook: {
            fileName: `${c.sheet.name}.xlsx`,
            sheets: [{ ...c.sheet, origin: c.sheet.origin ?? { row: 1, column: 1 } }],
          },
          serial: serial.current,
        });
    },
    [lang]
  );

  const openFiles = (files: File[]) => {
    if (files.length === 1) open(files[0]);
    else if (files.length > 1) void openMany(files);
  };

  const cancel = () => {
    current.current?.cancel();
    current.current = undefined;
    run.current += 1;
    setLoading(undefined);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    openFiles(Array.from(event.dataTransfer.files));
  };

  const gateway = useMemo(
    () => (picked ? createFileGateway(picked.workbook) : undefined),
    [picked]
  );
  const fileHost = useMemo(
    () =>
      picked
        ? {
            fileName: picked.workbook.fileName,
            reportExtras: (evaluation: Evaluation) => (
              <>
                <ReportDocButton
                  evaluation={evaluation}
                  fileName={picked.workbook.fileName}
                  sourceName={picked.workbook.fileName}
                />
                <JsonButton evaluation={evaluation} fileName={picked.workbook.fileName} />
              </>
            ),
            // 与往年比较: earlier years read by the same worker, one at a time.
            readFile: (file: File) => readInWorker(file, () => undefined).result,
            compareExtras: (comparison: YearComparison) => (
              <CompareJsonButton comparison={comparison} fileName={picked.workbook.fileName} />
            ),
          }
        : undefined,
    [picked]
  );

  const progress = loading?.progress;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          {tp("title")}
        </Text>
        <Button size="small" appearance="subtle" onClick={onLang} data-testid="language">
          {tp("language")}
        </Button>
      </header>
      <MessageBar intent="info" layout="multiline" data-testid="privacy">
        <MessageBarBody>{tp("privacy")}</MessageBarBody>
      </MessageBar>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
      >
        <Button
          appearance={picked ? "secondary" : "primary"}
          onClick={() => input.current?.click()}
        >
          {picked ? tp("pickAnother") : tp("pick")}
        </Button>
        <Text size={200}>{tp("drop")}</Text>
        <Text size={200} block>
          {tp("dropMany")}
        </Text>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          data-testid="file-input"
          className={styles.hidden}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // The same file may be picked again after it was corrected.
            e.target.value = "";
            openFiles(files);
          }}
        />
      </div>
      {/* Always offered: the wizard's hints (no school sheet, no county sheet) point to a template. */}
      <TemplateButton tp={tp} />
      {loading && (
        <div className={styles.loading}>
          <div className={styles.grow}>
            <Busy
              text={
                progress?.phase === "reading"
                  ? tp(loading.count ? "readingMany" : "reading", {
                      file: loading.file,
                      done: (progress.done / MB).toFixed(1),
                      total: (progress.total / MB).toFixed(1),
                      index: loading.index ?? 1,
                      count: loading.count ?? 1,
                    })
                  : tp(loading.count ? "parsingMany" : "parsing", {
                      file: loading.file,
                      index: loading.index ?? 1,
                      count: loading.count ?? 1,
                    })
              }
              value={progress?.phase === "reading" ? progress.done / progress.total : undefined}
            />
          </div>
          <Button size="small" onClick={cancel}>
            {tp("cancel")}
          </Button>
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="file-error">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(undefined)}>
              {tp("dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {collected && (
        <CollectionPanel
          key={collected.serial}
          collection={collected.collection}
          actions={<CollectedDownload collection={collected.collection} />}
        />
      )}
      {picked && gateway && fileHost && (
        <>
          <Text size={200} block data-testid="loaded">
            {collected
              ? tp("loadedCollected", {
                  files: new Set(collected.collection.entries.map((e) => e.file)).size,
                  schools: collected.collection.entries.filter((e) => e.written).length,
                  file: picked.workbook.fileName,
                })
              : tp("loaded", {
                  file: picked.workbook.fileName,
                  sheets: picked.workbook.sheets.length,
                })}
          </Text>
          <Wizard key={picked.serial} gateway={gateway} fileHost={fileHost} />
        </>
      )}
    </div>
  );
}

export function PageApp() {
  const [lang, setLang] = useState<Lang>("zh");
  return (
    <App lang={lang}>
      <Page lang={lang} onLang={() => setLang((l) => (l === "zh" ? "en" : "zh"))} />
    </App>
  );
}
