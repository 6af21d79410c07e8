import {
  Button,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { type StandardsProfile, type TableReadResult } from "../../core";
import type { SourceData } from "../excel/types";
import { pick, useT } from "../i18n";
import { columnOptions, fieldRows, type ColumnOption } from "../wizard";
import { styles } from "./common";

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
    <div style={styles.section}>
      <Text>{t("mappingIntro")}</Text>
      {!read.schoolSheet && <Text weight="semibold">{t("mappingNoSchoolSheet")}</Text>}
      <Text size={200} data-testid="recognised-count">
        {t("recognisedCount", { found, total: allRows.length })}
      </Text>
      {sections.map((section) => (
        <div key={section.kind} style={styles.tableWrap}>
          <Text weight="semibold">{section.title}</Text>
          <Table size="extra-small" aria-label={section.title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("fieldColumn")}</TableHeaderCell>
                <TableHeaderCell>{t("recognisedColumn")}</TableHeaderCell>
                <TableHeaderCell>{t("changeColumn")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {fieldRows(read, section.kind, overrides, profile).map(
                ({ rule, mapping, override }) => {
                  const label = pick(lang, rule.label, rule.labelEn);
                  return (
                    <TableRow key={rule.field} data-testid={`field-${rule.field}`}>
                      <TableCell>
                        {label}
                        {rule.optional ? t("optionalField") : ""}
                      </TableCell>
                      <TableCell>
                        {mapping ? (
                          <span>
                            <strong>{mapping.column}</strong> {mapping.header}
                            {mapping.unit ? `（${t("unitLabel", { unit: mapping.unit })}）` : ""}
                          </span>
                        ) : (
                          <span style={{ color: rule.optional ? undefined : "#a4262c" }}>
                            {t("notFound")}
                          </span>
                        )}
                      </TableCell>
                      <TableCell>
                        <Select
                          size="small"
                          aria-label={`${t("changeColumn")} ${label}`}
                          value={override === undefined ? AUTO : override}
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
                      </TableCell>
                    </TableRow>
                  );
                }
              )}
            </TableBody>
          </Table>
        </div>
      ))}
      <div style={styles.row}>
        <Button appearance="primary" onClick={onConfirm} disabled={busy}>
          {t("confirmMapping")}
        </Button>
        {Object.keys(overrides).length > 0 && (
          <Button onClick={onReset}>{t("resetMapping")}</Button>
        )}
      </div>
    </div>
  );
}
