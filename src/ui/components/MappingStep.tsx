import { Button, makeStyles, mergeClasses, Select, Text, tokens } from "@fluentui/react-components";
import { type StandardsProfile, type TableReadResult } from "../../core";
import type { SourceData } from "../gateway";
import { pick, useT } from "../i18n";
import { columnOptions, fieldRows, type ColumnOption } from "../wizard";
import { StickyFooter, useLayoutStyles } from "./common";

export interface MappingStepProps {
  source: SourceData;
  read: TableReadResult;
  overrides: Record<string, string>;
  /** letter: a column; '': not used; undefined: automatic. */
  onOverride: (field: string, letter: string | undefined) => void;
  onReset: () => void;
  onConfirm: () => void;
  busy: boolean;
  /** The profile the data will be assessed with: it decides which columns are needed. */
  profile: StandardsProfile;
}

const AUTO = "__auto__";

const useStyles = makeStyles({
  /** Two columns (the field and what was found | the column to use) that fit a 320 px pane. */
  fieldRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  listHeader: { padding: 0, color: tokens.colorNeutralForeground3 },
  /** The unit hint: under both columns. */
  fullWidth: { gridColumn: "1 / -1" },
});

export function MappingStep({
  source,
  read,
  overrides,
  onOverride,
  onReset,
  onConfirm,
  busy,
  profile,
}: MappingStepProps) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const sections: { kind: "school" | "class"; title: string; options: ColumnOption[] }[] = [];
  if (read.schoolSheet)
    sections.push({
      kind: "school",
      title: t("mappingSchoolSheet", { sheet: read.schoolSheet }),
      options: columnOptions(source.school, "school", profile),
    });
  if (source.classes && read.classSheet) {
    sections.push({
      kind: "class",
      title: t("mappingClassSheet", { sheet: read.classSheet }),
      options: columnOptions(source.classes, "class"),
    });
  }
  const allRows = sections.flatMap((s) => fieldRows(read, s.kind, overrides, profile));
  const found = allRows.filter((r) => r.mapping).length;

  return (
    <div className={layout.section}>
      <Text>{t("mappingIntro")}</Text>
      {!read.schoolSheet && <Text weight="semibold">{t("mappingNoSchoolSheet")}</Text>}
      <Text size={200} data-testid="recognised-count">
        {t("recognisedCount", { found, total: allRows.length })}
      </Text>
      {sections.map((section) => (
        <section key={section.kind} aria-label={section.title} className={layout.section}>
          <Text weight="semibold">{section.title}</Text>
          <div className={mergeClasses(styles.fieldRow, styles.listHeader)} aria-hidden="true">
            <Text size={200}>{t("fieldColumn")}</Text>
            <Text size={200}>{t("changeColumn")}</Text>
          </div>
          {fieldRows(read, section.kind, overrides, profile).map(({ rule, mapping, override }) => {
            const label = pick(lang, rule.label, rule.labelEn);
            const unitIssue = mapping
              ? undefined
              : read.issues.find((i) => i.code === "moneyUnitMissing" && i.field === rule.field);
            const unitHeader = unitIssue
              ? section.options.find((o) => o.letter === unitIssue.column)?.header
              : undefined;
            return (
              <div key={rule.field} data-testid={`field-${rule.field}`} className={styles.fieldRow}>
                <div className={layout.shrinks}>
                  <Text block weight="semibold" size={200}>
                    {label}
                    {rule.optional ? t("optionalField") : ""}
                  </Text>
                  {mapping ? (
                    <Text block size={200} className={layout.wrapAnywhere}>
                      {t("recognisedAs", { column: mapping.column, header: mapping.header })}
                      {mapping.unit ? `（${t("unitLabel", { unit: mapping.unit })}）` : ""}
                    </Text>
                  ) : unitIssue ? (
                    <Text block size={200} className={layout.problem}>
                      {t("unitMissingShort")}
                    </Text>
                  ) : (
                    <Text block size={200} className={rule.optional ? undefined : layout.problem}>
                      {t("notFound")}
                    </Text>
                  )}
                </div>
                <Select
                  size="small"
                  aria-label={`${t("changeColumn")} ${label}`}
                  value={override === undefined ? AUTO : override}
                  className={layout.shrinks}
                  onChange={(_e, data) =>
                    onOverride(rule.field, data.value === AUTO ? undefined : data.value)
                  }
                >
                  <option value={AUTO}>{t("automatic")}</option>
                  <option value="">{t("notUsed")}</option>
                  {section.options.map((o) => (
                    <option key={o.letter} value={o.letter}>
                      {t("columnOption", { letter: o.letter, header: o.header })}
                    </option>
                  ))}
                </Select>
                {unitIssue && (
                  <Text
                    size={200}
                    className={mergeClasses(styles.fullWidth, layout.wrapAnywhere)}
                    data-testid={`unit-hint-${rule.field}`}
                  >
                    {t("unitMissingHint", {
                      column: unitIssue.column ?? "",
                      header: unitHeader ?? label,
                      label: rule.templateHeader.replace(/（.*$/, ""),
                    })}
                  </Text>
                )}
              </div>
            );
          })}
        </section>
      ))}
      <StickyFooter>
        <Button appearance="primary" onClick={onConfirm} disabled={busy}>
          {t("confirmMapping")}
        </Button>
        {Object.keys(overrides).length > 0 && (
          <Button onClick={onReset}>{t("resetMapping")}</Button>
        )}
      </StickyFooter>
    </div>
  );
}
