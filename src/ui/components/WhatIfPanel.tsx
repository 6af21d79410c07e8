import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import {
  type Evaluation,
  GAP_FIELD_ORDER,
  GAP_FIELDS,
  type GapAdditions,
  type IndicatorId,
  INDICATORS,
  isEduError,
  PARTIAL_WORDS,
  SCHOOL_FIELD_RULES,
  type SchoolRecord,
  type Stage,
  STAGES,
} from "../../core";
import { EN_US, textsFor, ZH } from "../../i18n";
import { additionText, formatAmount } from "../../report";
import { pick, useT } from "../i18n";
import type { Lang } from "../messages";
import {
  addAdditions,
  evaluateWhatIf,
  editableFields,
  editProblem,
  parseEdit,
  shownValue,
  smallestAdditions,
  stagePart,
  whatIfSchools,
  withEdits,
  type SchoolNumberKey,
  type WhatIfState,
} from "../whatIf";
import { fixed, indicatorName, indicatorsOf, stageName, thresholdText } from "../wizard";
import { useLayoutStyles, Verdict } from "./common";

export type { WhatIfState };

const PROBLEM_KEYS = {
  notNumber: "whatIfNotNumber",
  negative: "whatIfNegative",
  notWhole: "whatIfNotWhole",
  tooLarge: "whatIfTooLarge",
} as const;

const useStyles = makeStyles({
  /** The figures' table: the label, the original, the new value. */
  figureColumn: { width: "48%" },
  originalColumn: { width: "22%" },
  newColumn: { width: "30%" },
  /** The results' tables: the indicator, then before and after. */
  indicatorColumn: { width: "44%" },
  stageColumn: { width: "40%" },
  input: { width: "100%", minWidth: "4.5em" },
  /** An edited figure. */
  edited: { fontWeight: tokens.fontWeightSemibold },
});

function unitOf(kind: string, lang: Lang): string {
  if (kind === "area") return lang === "zh" ? "㎡" : "m²";
  if (kind === "money") return textsFor(lang).host.whatIf.moneyUnit;
  return "";
}

function additionsText(additions: GapAdditions, lang: Lang): string {
  const parts: string[] = [];
  for (const field of GAP_FIELD_ORDER) {
    const amount = additions[field];
    if (amount === undefined || amount === 0) continue;
    if (lang === "zh") parts.push(additionText(field, amount));
    else {
      const rule = SCHOOL_FIELD_RULES.find((r) => r.field === field);
      const unit = GAP_FIELDS[field].unit;
      const unitEn =
        unit === ZH.host.whatIf.units.people
          ? EN_US.host.whatIf.units.people
          : unit === ZH.host.whatIf.units.rooms
            ? EN_US.host.whatIf.units.rooms
            : unit === "㎡"
              ? "m²"
              : "yuan";
      parts.push(`${rule?.labelEn ?? field} ${formatAmount(field, amount)} ${unitEn}`);
    }
  }
  return parts.join(lang === "zh" ? "，" : ", ");
}

/** The part's verdict as a word; '—' when the profile does not judge schools, or the school is not in the stage. */
function VerdictOf({ passes }: { passes: boolean | null | undefined }) {
  if (passes === null || passes === undefined) return <Text>—</Text>;
  return <Verdict passes={passes} />;
}

export interface WhatIfPanelProps {
  /** The county before any edit; the what-if re-evaluates through the same pipeline. */
  evaluation: Evaluation;
  state?: WhatIfState;
  onState: (state: WhatIfState | undefined) => void;
}

/**
 * What-if (issue 5 §4): pick a school and stage, change its figures, and watch its
 * verdict and the county CVs recomputed in memory on a copy of the records. The
 * workbook is never written to.
 */
export function WhatIfPanel({ evaluation, state, onState }: WhatIfPanelProps) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { read, assessment: before, profile } = evaluation;
  const schools = useMemo(() => whatIfSchools(read, before), [read, before]);
  const first = schools.find((s) => s.failing) ?? schools[0];
  const current: WhatIfState | undefined =
    state && read.schools[state.index]
      ? state
      : first
        ? { index: first.index, stage: first.stages[0], edits: {}, texts: {} }
        : undefined;

  const changed = current ? Object.keys(current.edits).length : 0;
  const outcome = useMemo((): { after: Evaluation } | { error: string } | undefined => {
    if (!current) return undefined;
    if (Object.keys(current.edits).length === 0) return { after: evaluation };
    try {
      return { after: evaluateWhatIf(evaluation, current.index, current.edits) };
    } catch (e) {
      if (isEduError(e)) return { error: pick(lang, e.message, e.messageEn) };
      throw e;
    }
    // current is derived from state on every render; its edits are what the result depends on.
  }, [evaluation, current?.index, current?.edits, lang]);

  if (!current) return null;
  const entry = schools.find((s) => s.index === current.index);
  const record: SchoolRecord = read.schools[current.index];
  const edited = withEdits(read.schools, current.index, current.edits)[current.index];
  const stage = current.stage;
  const fields = editableFields(record, stage, profile, evaluation.read.missingFields);
  const afterEvaluation = outcome && "after" in outcome ? outcome.after : undefined;
  const after = afterEvaluation?.assessment;
  const partBefore = stagePart(before, stage, record);
  const partAfter = after ? stagePart(after, stage, edited) : undefined;
  const ids = indicatorsOf(before);
  const vd = profile.display.valueDecimals;
  const cd = profile.display.cvDecimals;
  const canClose = Boolean(
    after &&
    profile.schoolRule &&
    STAGES.some((st) => stagePart(after, st, edited)?.passes === false)
  );

  const set = (next: Partial<WhatIfState>) => onState({ ...current, ...next });
  const choose = (index: number) => {
    const s = schools.find((x) => x.index === index);
    if (s) onState({ index, stage: s.stages[0], edits: {}, texts: {} });
  };
  const type = (field: SchoolNumberKey, text: string) => {
    const rule = fields.find((f) => f.field === field)!;
    const texts = { ...current.texts, [field]: text };
    const value = parseEdit(text, rule);
    if (value === undefined) {
      set({ texts, applied: undefined });
      return;
    }
    const edits = { ...current.edits };
    if (value === record[field]) delete edits[field];
    else edits[field] = value;
    set({ texts, edits, applied: undefined });
  };
  const closeGap = () => {
    if (!afterEvaluation) return;
    const additions = smallestAdditions(afterEvaluation, current.index);
    if (!additions) return;
    const edits = addAdditions(record, current.edits, additions);
    const texts = { ...current.texts };
    for (const field of GAP_FIELD_ORDER) if (additions[field] !== undefined) delete texts[field];
    onState({ ...current, edits, texts, applied: additions });
  };

  const verdictBefore = evaluation.verdict.passes;
  const verdictAfter = afterEvaluation?.verdict.passes;
  const countyWord = (passes: boolean | null | undefined) =>
    passes === undefined
      ? "—"
      : passes === null
        ? PARTIAL_WORDS.undetermined[lang]
        : passes
          ? t("whatIfCountyPass")
          : t("whatIfCountyFail");
  const schoolWord = (passes: boolean | null | undefined) =>
    passes === null || passes === undefined ? "—" : passes ? t("pass") : t("fail");

  return (
    <section className={layout.section} data-testid="what-if" aria-label={t("whatIfHeading")}>
      <Text weight="semibold" size={400}>
        {t("whatIfHeading")}
      </Text>
      <Text size={200}>{t("whatIfIntro")}</Text>
      <div className={layout.row}>
        <Field label={t("whatIfSchool")}>
          <Select
            value={String(current.index)}
            onChange={(_e, data) => choose(Number(data.value))}
            aria-label={t("whatIfSchool")}
          >
            {schools.map((s) => (
              <option key={s.index} value={String(s.index)}>
                {s.name}
                {s.failing ? t("whatIfFailingMark") : ""}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("whatIfStage")}>
          <Select
            value={stage}
            onChange={(_e, data) => set({ stage: data.value as Stage })}
            aria-label={t("whatIfStage")}
            disabled={(entry?.stages.length ?? 1) < 2}
          >
            {(entry?.stages ?? [stage]).map((st) => (
              <option key={st} value={st}>
                {stageName(st, lang)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={layout.tableWrap}>
        <Table size="extra-small" aria-label={t("whatIfHeading")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.figureColumn}>{t("whatIfFigure")}</TableHeaderCell>
              <TableHeaderCell className={styles.originalColumn}>
                {t("whatIfOriginal")}
              </TableHeaderCell>
              <TableHeaderCell className={styles.newColumn}>{t("whatIfNew")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {fields.map((rule) => {
              const field = rule.field as SchoolNumberKey;
              const label =
                lang === "zh"
                  ? rule.templateHeader
                  : `${rule.labelEn}${unitOf(rule.kind, lang) ? ` (${unitOf(rule.kind, lang)})` : ""}`;
              const text =
                current.texts[field] ?? shownValue(current.edits[field] ?? record[field], rule);
              const problem =
                current.texts[field] !== undefined
                  ? editProblem(current.texts[field]!, rule)
                  : undefined;
              const bad = problem !== undefined;
              return (
                <TableRow key={field} data-testid={`what-if-field-${field}`}>
                  <TableCell>{label}</TableCell>
                  <TableCell>{shownValue(record[field], rule) || "—"}</TableCell>
                  <TableCell>
                    <Field
                      validationState={bad ? "error" : "none"}
                      validationMessage={
                        problem
                          ? t(PROBLEM_KEYS[problem], {
                              text: current.texts[field]!,
                              field: label,
                            })
                          : undefined
                      }
                    >
                      <Input
                        size="small"
                        inputMode="decimal"
                        aria-label={label}
                        value={text}
                        onChange={(_e, data) => type(field, data.value)}
                        className={mergeClasses(
                          styles.input,
                          current.edits[field] !== undefined && styles.edited
                        )}
                      />
                    </Field>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className={layout.row}>
        <Button
          onClick={() => onState({ ...current, edits: {}, texts: {}, applied: undefined })}
          disabled={changed === 0 && Object.keys(current.texts).length === 0}
        >
          {t("whatIfReset")}
        </Button>
        <Button appearance="primary" onClick={closeGap} disabled={!canClose}>
          {t("whatIfApplyGap")}
        </Button>
        {changed > 0 && <Text size={200}>{t("whatIfChanged", { count: changed })}</Text>}
      </div>
      {current.applied && (
        <MessageBar intent="info" layout="multiline" data-testid="what-if-applied">
          <MessageBarBody>
            {t("whatIfGapApplied", { additions: additionsText(current.applied, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && "error" in outcome && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("whatIfError", { message: outcome.error })}</MessageBarBody>
        </MessageBar>
      )}
      {after && (
        <div className={layout.section} data-testid="what-if-result">
          <Text weight="semibold">
            {t("whatIfSchoolValues", { school: record.name, stage: stageName(stage, lang) })}
          </Text>
          {!partAfter && (
            <Text size={200}>{t("whatIfNotAssessed", { stage: stageName(stage, lang) })}</Text>
          )}
          <Text size={200} data-testid="what-if-met">
            {t("whatIfMetCount", {
              before: partBefore?.metCount ?? "—",
              after: partAfter?.metCount ?? "—",
            })}
          </Text>
          <div className={layout.row} data-testid="what-if-verdict">
            <Text size={200}>
              {t("whatIfVerdict", {
                before: schoolWord(partBefore?.passes),
                after: schoolWord(partAfter?.passes),
              })}
            </Text>
            <VerdictOf passes={partAfter?.passes} />
          </div>
          <div className={layout.tableWrap}>
            <Table
              size="extra-small"
              aria-label={t("whatIfSchoolValues", {
                school: record.name,
                stage: stageName(stage, lang),
              })}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.indicatorColumn}>
                    {t("indicator")}
                  </TableHeaderCell>
                  <TableHeaderCell>{t("whatIfBefore")}</TableHeaderCell>
                  <TableHeaderCell>{t("whatIfAfter")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {ids.map((id: IndicatorId) => {
                  const b = partBefore?.values[id];
                  const v = partAfter?.values[id];
                  const met = partAfter?.met[id];
                  const moved = b !== undefined && v !== undefined && fixed(b, vd) !== fixed(v, vd);
                  return (
                    <TableRow key={id} data-testid={`what-if-value-${id}`}>
                      <TableCell>
                        {indicatorName(id, lang)}
                        <Text size={100} block>
                          {t("standardAt", {
                            value: `${thresholdText(profile.thresholds[id]?.[stage])} ${INDICATORS[id].unit}`,
                          })}
                        </Text>
                      </TableCell>
                      <TableCell>{fixed(b, vd)}</TableCell>
                      <TableCell className={moved ? layout.strong : undefined}>
                        {fixed(v, vd)} {met === undefined ? null : <Verdict passes={met} />}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          <Text weight="semibold">{t("whatIfCvHeading")}</Text>
          {STAGES.filter(
            (st) => before.stages[st].schools.length > 0 || after.stages[st].schools.length > 0
          ).map((st) => {
            const sb = before.stages[st];
            const sa = after.stages[st];
            return (
              <div key={st} className={layout.tableWrap} data-testid={`what-if-cv-${st}`}>
                <Table
                  size="extra-small"
                  aria-label={`${stageName(st, lang)} ${t("whatIfCvHeading")}`}
                >
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.stageColumn}>
                        {stageName(st, lang)}
                      </TableHeaderCell>
                      <TableHeaderCell>{t("whatIfBefore")}</TableHeaderCell>
                      <TableHeaderCell>{t("whatIfAfter")}</TableHeaderCell>
                      <TableHeaderCell>{t("cvAgainstLimit")}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {ids.map((id) => {
                      const ib = sb.indicators[id];
                      const ia = sa.indicators[id];
                      const moved = fixed(ib?.cv, cd) !== fixed(ia?.cv, cd);
                      return (
                        <TableRow key={id} data-testid={`what-if-cv-${st}-${id}`}>
                          <TableCell>{indicatorName(id, lang)}</TableCell>
                          <TableCell>{fixed(ib?.cv, cd)}</TableCell>
                          <TableCell className={moved ? layout.strong : undefined}>
                            {fixed(ia?.cv, cd)}
                          </TableCell>
                          <TableCell>
                            {ia?.cvLimit === null || ia?.cvLimit === undefined
                              ? "—"
                              : fixed(ia.cvLimit, 2)}{" "}
                            {ia?.cvPasses === null || ia?.cvPasses === undefined ? null : (
                              <Verdict passes={ia.cvPasses} />
                            )}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                    {sa.compositeCv !== undefined && (
                      <TableRow data-testid={`what-if-cv-${st}-composite`}>
                        <TableCell>{t("compositeCv")}</TableCell>
                        <TableCell>{fixed(sb.compositeCv, cd)}</TableCell>
                        <TableCell>{fixed(sa.compositeCv, cd)}</TableCell>
                        <TableCell>
                          {sa.compositeLimit ?? "—"}{" "}
                          {sa.compositePasses === undefined ? null : (
                            <Verdict passes={sa.compositePasses} />
                          )}
                        </TableCell>
                      </TableRow>
                    )}
                  </TableBody>
                </Table>
              </div>
            );
          })}
          <Text size={200} data-testid="what-if-county">
            {t("whatIfCountyVerdict", {
              before: countyWord(verdictBefore),
              after: countyWord(verdictAfter),
            })}
          </Text>
        </div>
      )}
    </section>
  );
}
