/**
 * The offline page (dist/edu-balance.html): pick or drop a workbook, then the shared wizard
 * over it (src/ui/components/Wizard.tsx with a file gateway). Reading happens in a worker
 * (reader.ts); the report and the JSON are built in the page and downloaded. Nothing is sent.
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
import { type Evaluation, isEduError } from "../core";
import { assessJsonText } from "../report";
import { templateToXlsxBytes } from "../report/xlsx";
import { App } from "../ui/components/App";
import { Busy } from "../ui/components/common";
import { Wizard } from "../ui/components/Wizard";
import { useT } from "../ui/i18n";
import type { Lang } from "../ui/messages";
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

/** The name of the downloaded empty template. */
export const TEMPLATE_FILE_NAME = "EduBalance 数据模板.xlsx";

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
}

function Page({ lang, onLang }: { lang: Lang; onLang: () => void }) {
  const styles = useStyles();
  const tp = (key: PageTextKey, params?: Record<string, string | number>) =>
    pageText(lang, key, params);
  const [picked, setPicked] = useState<{ workbook: PickedWorkbook; serial: number }>();
  const [loading, setLoading] = useState<Loading>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const current = useRef<ReadHandle>();
  const serial = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const open = useCallback(
    (file: File) => {
      current.current?.cancel();
      setError(undefined);
      // Another file: the wizard starts afresh on it (or on nothing, when it is refused).
      setPicked(undefined);
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
          setPicked({ workbook: { fileName: file.name, sheets }, serial: serial.current });
        },
        (e: unknown) => {
          if (current.current !== handle) return;
          current.current = undefined;
          setLoading(undefined);
          setError(
            isEduError(e)
              ? lang === "en"
                ? e.messageEn
                : e.message
              : e instanceof Error
                ? e.message
                : String(e)
          );
        }
      );
    },
    [lang]
  );

  const cancel = () => {
    current.current?.cancel();
    current.current = undefined;
    setLoading(undefined);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) open(file);
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
              <JsonButton evaluation={evaluation} fileName={picked.workbook.fileName} />
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
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          data-testid="file-input"
          className={styles.hidden}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // The same file may be picked again after it was corrected.
            e.target.value = "";
            if (file) open(file);
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
                  ? tp("reading", {
                      file: loading.file,
                      done: (progress.done / MB).toFixed(1),
                      total: (progress.total / MB).toFixed(1),
                    })
                  : tp("parsing", { file: loading.file })
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
      {picked && gateway && fileHost && (
        <>
          <Text size={200} block data-testid="loaded">
            {tp("loaded", {
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
