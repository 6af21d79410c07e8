import {
  Button,
  Card,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type {
  SavedSetup,
  SchoolSource,
  SourceChoice,
  UnplugGateway,
  WorkbookOverview,
} from "../gateway";
import type { StandardsProfile } from "../../core";
import { useT } from "../i18n";
import { profileName } from "../wizard";
import { StickyFooter, useLayoutStyles } from "./common";
import { UnplugPanel } from "./UnplugPanel";

export interface SourceStepProps {
  overview?: WorkbookOverview;
  choice: SourceChoice;
  onChoice: (choice: SourceChoice) => void;
  onRead: () => void;
  onQuickRun: () => void;
  /** withCounty: also the county sheet (县级指标). Absent for a picked file: no template is offered. */
  onCreateTemplate?: (withCounty: boolean) => void;
  /** A picked file (the offline page): the school table is one of its sheets (no active sheet, no selection). */
  sheetsOnly?: boolean;
  /** The name of the standard the saved setup names, for the saved-setup card. */
  savedProfileName?: string;
  /** The standards the selector offers, the one chosen, and the choice. */
  profiles: readonly StandardsProfile[];
  profile: StandardsProfile;
  onProfile: (id: string) => void;
  templateMessage?: string;
  /** 汇总各校填报表…: several schools' forms picked on this computer (the pane); absent: not offered. */
  onCollectForms?: (files: File[]) => void;
  /** 转换为普通公式 (the workbook's EDU.* formulas); absent: not offered. */
  unplug?: UnplugGateway;
  /** The picked file's name (the page), said by 转换为普通公式. */
  fileName?: string;
  busy: boolean;
}

function describeSaved(saved: SavedSetup): string {
  const s = saved.school;
  return s.kind === "range" ? `「${s.sheet}」${s.address}` : `「${s.sheet}」`;
}

type Kind = "activeSheet" | "selection" | "sheet";

export function SourceStep(props: SourceStepProps) {
  const {
    overview,
    choice,
    onChoice,
    onRead,
    onQuickRun,
    onCreateTemplate,
    templateMessage,
    onCollectForms,
    unplug,
    fileName,
    busy,
    savedProfileName,
    profiles,
    profile,
    onProfile,
    sheetsOnly = false,
  } = props;
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  const formsInput = useRef<HTMLInputElement>(null);
  const [templateCounty, setTemplateCounty] = useState(true);
  const visible = overview?.sheets.filter((s) => s.visible).map((s) => s.name) ?? [];
  const kind: Kind = choice.school.kind === "range" || sheetsOnly ? "sheet" : choice.school.kind;
  const chosenSheet =
    choice.school.kind === "sheet" || choice.school.kind === "range"
      ? choice.school.sheet
      : sheetsOnly
        ? (overview?.activeSheet ?? visible[0] ?? "")
        : (visible[0] ?? "");
  const schoolSheetName =
    choice.school.kind === "activeSheet"
      ? overview?.activeSheet
      : choice.school.kind === "selection"
        ? overview?.selectionSheet
        : chosenSheet;
  const setSchool = (school: SchoolSource) =>
    onChoice({
      ...choice,
      school,
      classSheet: choice.classSheet === schoolOf(school) ? null : choice.classSheet,
      countySheet: choice.countySheet === schoolOf(school) ? null : choice.countySheet,
    });
  const schoolOf = (school: SchoolSource) =>
    school.kind === "activeSheet"
      ? overview?.activeSheet
      : school.kind === "selection"
        ? overview?.selectionSheet
        : school.sheet;
  const saved = overview?.saved;
  const recognised = overview?.recognised;
  /** A sheet's name in a list, marked when its content showed it is what the list asks for. */
  const mark = (name: string, role: string | undefined) =>
    name === role ? t("recognisedMark", { sheet: name }) : name;

  const sheetSelect = (
    <Select
      aria-label={sheetsOnly ? undefined : t("sourceSheet")}
      value={chosenSheet}
      onChange={(_e, data) => setSchool({ kind: "sheet", sheet: data.value })}
    >
      {visible.map((name) => (
        <option key={name} value={name}>
          {mark(name, recognised?.school)}
        </option>
      ))}
    </Select>
  );

  return (
    <div className={styles.section}>
      <Text>{t("sourceIntro")}</Text>
      {recognised && !saved && (
        <Text size={200} data-testid="recognised-sheets">
          {recognised.school
            ? t("sourceRecognised", {
                school: recognised.school,
                classes: recognised.classSheet
                  ? `「${recognised.classSheet}」`
                  : t("noneRecognised"),
                county: recognised.county ? `「${recognised.county}」` : t("noneRecognised"),
              })
            : t("sourceRecognisedNone")}
        </Text>
      )}
      {saved && (
        <Card appearance="filled-alternative">
          <Text weight="semibold">{t("savedSetup")}</Text>
          <Text size={200}>
            {t("savedSetupText", {
              school: describeSaved(saved),
              classes: saved.classSheet ? `「${saved.classSheet}」` : t("noClassSheet"),
              county: saved.countySheet ? `「${saved.countySheet}」` : t("noCountySheet"),
              overrides: Object.keys(saved.overrides).length,
              profile: savedProfileName ?? "",
            })}
          </Text>
          <div>
            <Button appearance="primary" onClick={onQuickRun} disabled={busy}>
              {t("quickRun")}
            </Button>
          </div>
        </Card>
      )}
      {!sheetsOnly && (
        <Field label={t("schoolTable")}>
          <RadioGroup
            value={kind}
            onChange={(_e, data) => {
              const k = data.value as Kind;
              if (k === "sheet") setSchool({ kind: "sheet", sheet: chosenSheet });
              else setSchool({ kind: k });
            }}
          >
            <Radio
              value="activeSheet"
              label={t("sourceActiveSheet", { sheet: overview?.activeSheet ?? "" })}
            />
            <Radio
              value="selection"
              disabled={!overview?.selectionAddress}
              label={
                overview?.selectionAddress
                  ? t("sourceSelection", {
                      address: `「${overview.selectionSheet}」${overview.selectionAddress}`,
                    })
                  : t("sourceSelectionNone")
              }
            />
            <Radio value="sheet" label={t("sourceSheet")} />
          </RadioGroup>
        </Field>
      )}
      {kind === "sheet" && !sheetsOnly && sheetSelect}
      {sheetsOnly && <Field label={t("schoolTable")}>{sheetSelect}</Field>}
      {choice.school.kind === "range" && (
        <Text size={200}>
          {t("sourceRange", { sheet: choice.school.sheet, address: choice.school.address })}
        </Text>
      )}
      <Field label={t("classSheet")}>
        <Select
          value={choice.classSheet ?? ""}
          onChange={(_e, data) => {
            const classSheet = data.value === "" ? null : data.value;
            onChoice({
              ...choice,
              classSheet,
              countySheet: choice.countySheet === classSheet ? null : choice.countySheet,
            });
          }}
        >
          <option value="">{t("noClassSheet")}</option>
          {visible
            .filter((name) => name !== schoolSheetName)
            .map((name) => (
              <option key={name} value={name}>
                {mark(name, recognised?.classSheet)}
              </option>
            ))}
        </Select>
      </Field>
      <Field label={t("countySheet")}>
        <Select
          value={choice.countySheet ?? ""}
          onChange={(_e, data) =>
            onChoice({ ...choice, countySheet: data.value === "" ? null : data.value })
          }
        >
          <option value="">{t("noCountySheet")}</option>
          {visible
            .filter((name) => name !== schoolSheetName && name !== choice.classSheet)
            .map((name) => (
              <option key={name} value={name}>
                {name === overview?.countySheet ? t("countyDetected", { sheet: name }) : name}
              </option>
            ))}
        </Select>
      </Field>
      <Field label={t("profileLabel")}>
        <Select value={profile.id} onChange={(_e, data) => onProfile(data.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileName(p, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <StickyFooter>
        <Button
          appearance={saved ? "secondary" : "primary"}
          onClick={onRead}
          disabled={busy || !overview}
        >
          {t("readData")}
        </Button>
      </StickyFooter>
      {onCreateTemplate && (
        <>
          <Text size={200}>{t("templateHint")}</Text>
          <div className={styles.row}>
            <Button onClick={() => onCreateTemplate(templateCounty)} disabled={busy || !overview}>
              {t("createTemplate")}
            </Button>
            <Checkbox
              checked={templateCounty}
              onChange={(_e, data) => setTemplateCounty(Boolean(data.checked))}
              label={t("templateWithCounty")}
            />
          </div>
        </>
      )}
      {onCollectForms && (
        <>
          <Text size={200}>{t("collectFormsHint")}</Text>
          <div className={styles.row}>
            <Button
              onClick={() => formsInput.current?.click()}
              disabled={busy || !overview}
              data-testid="collect-forms"
            >
              {t("collectForms")}
            </Button>
            <input
              ref={formsInput}
              type="file"
              multiple
              accept=".xlsx,.xlsm,.xls,.et"
              hidden
              data-testid="collect-forms-input"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = "";
                if (files.length > 0) onCollectForms(files);
              }}
            />
          </div>
        </>
      )}
      {unplug && <UnplugPanel gateway={unplug} fileName={fileName} disabled={busy || !overview} />}
      {templateMessage && (
        <MessageBar intent="success">
          <MessageBarBody>{templateMessage}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
