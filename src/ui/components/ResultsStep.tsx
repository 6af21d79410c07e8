import {
  Badge,
  Button,
  Divider,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  type Assessment,
  type Evaluation,
  type IndicatorId,
  findFieldRule,
  INDICATORS,
  PARTIAL_WORDS,
  partialTableFinding,
  renderFinding,
  renderFindings,
  type Stage,
  STAGES,
  type StandardsProfile,
} from "../../core";
import { useT } from "../i18n";
import {
  countyPartName,
  countyParts,
  fixed,
  indicatorName,
  indicatorsOf,
  percent,
  profileName,
  stageName as stageNameOf,
  thresholdText,
} from "../wizard";
import { CvChart, DistributionChart } from "./Charts";
import { IncompleteNotice, StickyFooter, useLayoutStyles, Verdict } from "./common";
import { CountySection } from "./CountySection";
import { WhatIfPanel, type WhatIfState } from "./WhatIfPanel";

export interface ResultsStepProps {
  /** The county as the core's pipeline evaluated it (core/pipeline.ts). */
  evaluation: Evaluation;
  /** The built-in profiles the selector offers. */
  profiles: readonly StandardsProfile[];
  onProfile: (id: string) => void;
  whatIf?: WhatIfState;
  onWhatIf: (state: WhatIfState | undefined) => void;
  onReport: () => void;
  onSample: () => void;
}

/** A number with its unit: 4.5 ㎡, 2000 元, 4.2 人 (per 100 students), 2.3 间. */
export function withUnit(text: string, unit: string): string {
  return text === "—" ? text : `${text} ${unit}`;
}

/** The template headers of fields a partial table lacks: 「图书册数」「…」 / "图书册数", "…". */
function columnLabels(fields: readonly string[], lang: "zh" | "en"): string {
  const headers = fields.map((f) => findFieldRule(f)?.templateHeader ?? f);
  return lang === "zh" ? headers.map((h) => `「${h}」`).join("") : headers.join(", ");
}

/** An indicator's name without its 每百名学生拥有/生均 prefix and unit, for the chart's rows. */
function shortLabel(id: IndicatorId, lang: "zh" | "en"): string {
  return lang === "zh" ? INDICATORS[id].shortName.replace(/（.*）$/, "") : INDICATORS[id].nameEn;
}

const useStyles = makeStyles({
  /** An indicator's card: what replaces the six-column table at 320–450 px. */
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  cardHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  /** Two columns, term | value. */
  pairs: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  summaryList: { listStyleType: "none", margin: 0, padding: 0 },
  /** A line with its verdict at the end: the text takes the rest. */
  summaryRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Failing schools listed in the pane; the report sheet has them all. */
export const FAILING_SCHOOLS_SHOWN = 30;

function StageSection({
  a,
  stage,
  profile,
}: {
  a: Assessment;
  stage: Stage;
  profile: StandardsProfile;
}) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const sa = a.stages[stage];
  const stageName = stageNameOf(stage, lang);
  const failing = sa.schools.filter((s) => s.passes === false);
  const judgesSchools = sa.schools.some((s) => s.passes !== null);
  const ids = indicatorsOf(a);
  const vd = profile.display.valueDecimals;
  const cd = profile.display.cvDecimals;
  return (
    <section className={layout.section} data-testid={`stage-${stage}`} aria-label={stageName}>
      <div className={layout.row}>
        <Text weight="semibold" size={400}>
          {t("stageHeading", { stage: stageName, schools: sa.schools.length })}
        </Text>
        {sa.schools.length > 0 && (
          <Verdict passes={sa.passes}>
            {sa.passes === null
              ? t("stageVerdictUndetermined")
              : sa.passes
                ? t("stageVerdictPass")
                : t("stageVerdictFail")}
          </Verdict>
        )}
      </div>
      {sa.schools.length > 0 && sa.compositeCv === undefined && (
        <CvChart
          title={t("cvChartTitle", { stage: stageName })}
          limitLabel={t("cvLimitAt", { limit: fixed(profile.countyRule.limits[stage], 2) })}
          decimals={cd}
          bars={ids
            .filter((id) => !sa.indicators[id]?.missingFields)
            .map((id) => {
              const ind = sa.indicators[id];
              return {
                label: shortLabel(id, lang),
                cv: ind?.cv ?? null,
                limit: ind?.cvLimit ?? null,
                passes: ind?.cvPasses ?? null,
              };
            })}
        />
      )}
      {sa.schools.length > 0 && (
        <details data-testid={`indicator-details-${stage}`}>
          <summary className={layout.summary}>
            <Text size={200}>{t("indicatorDetails", { count: ids.length })}</Text>
          </summary>
          <div className={layout.section} data-testid={`indicators-${stage}`}>
            {ids.map((id) => {
              const ind = sa.indicators[id];
              if (!ind) return null;
              const unit = INDICATORS[id].unit;
              const decimals = INDICATORS[id].decimals ?? vd;
              const format = (v: number) => withUnit(fixed(v, decimals), unit);
              const name = indicatorName(id, lang);
              if (ind.missingFields) {
                // A partial table: not computed — no value, no CV, no chart, no verdict.
                return (
                  <div key={id} data-testid={`indicator-${stage}-${id}`} className={styles.card}>
                    <div className={styles.cardHead}>
                      <Text weight="semibold" size={200} className={layout.shrinks}>
                        {name}
                      </Text>
                      <Verdict passes={null} />
                    </div>
                    <Text size={200} data-testid={`not-computed-${stage}-${id}`}>
                      {t("indicatorNotComputed", {
                        columns: columnLabels(ind.missingFields, lang),
                      })}
                    </Text>
                  </div>
                );
              }
              return (
                <div key={id} data-testid={`indicator-${stage}-${id}`} className={styles.card}>
                  <div className={styles.cardHead}>
                    <Text weight="semibold" size={200} className={layout.shrinks}>
                      {name}
                    </Text>
                    {ind.cvPasses !== null && (
                      <Verdict passes={ind.cvPasses}>
                        {ind.cvPasses ? t("cvMet") : t("cvNotMet")}
                      </Verdict>
                    )}
                  </div>
                  <dl className={styles.pairs}>
                    <dt className={styles.term}>{t("thresholdColumn")}</dt>
                    <dd className={styles.value} data-testid={`threshold-${stage}-${id}`}>
                      {ind.threshold === null ? "—" : withUnit(thresholdText(ind.threshold), unit)}
                    </dd>
                    <dt className={styles.term}>{t("countyValue")}</dt>
                    <dd className={styles.value}>
                      {ind.countyValue === null ? "—" : format(ind.countyValue)}
                    </dd>
                    <dt className={styles.term}>{t("cvShort")}</dt>
                    <dd className={styles.value} data-testid={`cv-${stage}-${id}`}>
                      {t("cvWithLimit", {
                        cv: ind.cv === null ? t("notComputable") : fixed(ind.cv, cd),
                        limit: ind.cvLimit === null ? "—" : fixed(ind.cvLimit, 2),
                      })}
                      {ind.borderline ? t("borderlineMark") : ""}
                    </dd>
                    {ind.schoolsMeeting !== null && (
                      <>
                        <dt className={styles.term}>{t("schoolsMeeting")}</dt>
                        <dd className={styles.value}>
                          {t("schoolsMeetingValue", {
                            met: ind.schoolsMeeting,
                            total: sa.schools.length,
                          })}
                        </dd>
                      </>
                    )}
                  </dl>
                  <DistributionChart
                    values={sa.schools.map((sc) => sc.values[id] ?? NaN)}
                    threshold={ind.threshold}
                    countyValue={ind.countyValue}
                    unit={unit}
                    decimals={decimals}
                    standardLabel={
                      ind.threshold === null
                        ? ""
                        : t("standardAt", { value: withUnit(thresholdText(ind.threshold), unit) })
                    }
                    label={t("distributionLabel", {
                      indicator: name,
                      schools: sa.schools.length,
                      met: ind.schoolsMeeting ?? "—",
                    })}
                  />
                </div>
              );
            })}
          </div>
        </details>
      )}
      {sa.schools.length > 0 && sa.compositeCv !== undefined && (
        <div className={layout.row} data-testid={`composite-${stage}`}>
          <Text size={200}>
            {t("compositeLine", {
              cv: sa.compositeCv === null ? t("notComputable") : fixed(sa.compositeCv, cd),
              limit: sa.compositeLimit ?? "—",
            })}
          </Text>
          {sa.compositePasses !== undefined && <Verdict passes={sa.compositePasses} />}
          {sa.compositeBorderline ? <Text size={100}>{t("borderlineMark")}</Text> : null}
        </div>
      )}
      {sa.schools.length > 0 && !judgesSchools && (
        <Text size={200}>
          {sa.missingIndicators ? PARTIAL_WORDS.schoolsNotJudged[lang] : t("noSchoolRule")}
        </Text>
      )}
      {sa.schools.length > 0 && judgesSchools && (
        <details data-testid={`failing-${stage}`}>
          <summary className={layout.summary}>
            <Text size={200} weight="semibold">
              {failing.length > 0
                ? t("failingSchools", { count: failing.length })
                : t("noFailingSchools")}
            </Text>
          </summary>
          <ul className={layout.list}>
            {failing.slice(0, FAILING_SCHOOLS_SHOWN).map((s) => (
              <li key={`${s.name}-${s.source?.row ?? ""}`}>
                <Text weight="semibold">{s.name}</Text>{" "}
                <Text size={200}>
                  {t("schoolMetCount", { met: s.metCount ?? "—", total: ids.length })}
                </Text>
                <ul className={layout.list}>
                  {s.shortfalls.map((f) => (
                    <li key={f.indicator}>
                      <Text size={200}>
                        {t("shortfall", {
                          indicator: indicatorName(f.indicator, lang),
                          value: withUnit(fixed(f.value, vd), INDICATORS[f.indicator].unit),
                          threshold: withUnit(
                            thresholdText(f.threshold),
                            INDICATORS[f.indicator].unit
                          ),
                          absolute: withUnit(fixed(f.absolute, vd), INDICATORS[f.indicator].unit),
                          relative: percent(f.relative),
                        })}
                      </Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {failing.length > FAILING_SCHOOLS_SHOWN && (
            <Text size={200}>
              {t("moreSchools", { count: failing.length - FAILING_SCHOOLS_SHOWN })}
            </Text>
          )}
        </details>
      )}
    </section>
  );
}

/** One line per part of the assessment: its verdict and, in a few words, what to fix. */
function PartSummary({ a, profile }: { a: Assessment; profile: StandardsProfile }) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const rows: { key: string; name: string; text: string; passes: boolean | null }[] = [];
  const ids = indicatorsOf(a);
  for (const stage of STAGES) {
    const sa = a.stages[stage];
    if (sa.schools.length === 0) continue;
    const failing = sa.schools.filter((x) => x.passes === false).length;
    const parts: string[] = [];
    if (sa.missingIndicators) {
      parts.push(t("summaryNotComputed", { count: sa.missingIndicators.length }));
      parts.push(PARTIAL_WORDS.schoolsNotJudged[lang]);
    } else if (sa.compositeCv !== undefined) {
      parts.push(
        t("summaryComposite", {
          cv:
            sa.compositeCv === null
              ? t("notComputable")
              : fixed(sa.compositeCv, profile.display.cvDecimals),
          limit: sa.compositeLimit ?? "—",
        })
      );
    } else {
      const cvFails = ids.filter((id) => sa.indicators[id]?.cvPasses === false).length;
      parts.push(
        failing > 0
          ? t("summarySchoolsFailing", { failing, total: sa.schools.length })
          : t("summarySchoolsAllMeet", { total: sa.schools.length })
      );
      parts.push(
        cvFails > 0
          ? t("summaryCvFailing", {
              count: cvFails,
              limit: fixed(profile.countyRule.limits[stage], 2),
            })
          : t("summaryCvAllMeet", { limit: fixed(profile.countyRule.limits[stage], 2) })
      );
    }
    rows.push({
      key: `stage-${stage}`,
      name: t("summaryResources", { stage: stageNameOf(stage, lang) }),
      text: parts.join(lang === "zh" ? "；" : "; "),
      passes: sa.passes,
    });
  }
  if (a.classSize) {
    const cs = a.classSize;
    const over = STAGES.filter((st) => cs[st].overLimit > 0);
    rows.push({
      key: "class-size",
      name: t("classSizeHeading"),
      text:
        over.length === 0
          ? t("summaryClassSizeOk")
          : over
              .map((st) =>
                t("summaryClassSizeOver", {
                  stage: stageNameOf(st, lang),
                  count: cs[st].overLimit,
                  limit: profile.classSize.limits[st],
                })
              )
              .join(lang === "zh" ? "；" : "; "),
      passes: STAGES.every((st) => cs[st].passes),
    });
  } else
    rows.push({
      key: "class-size",
      name: t("classSizeHeading"),
      text: t("classSizeMissing"),
      passes: null,
    });
  const oversized = a.schoolSize.filter((f) => !f.passes).length;
  rows.push({
    key: "school-size",
    name: t("schoolSizeHeading"),
    text: oversized === 0 ? t("schoolSizeOk") : t("summarySchoolSizeOver", { count: oversized }),
    passes: oversized === 0,
  });
  if (a.specialRooms) {
    const short = a.specialRooms.filter((r) => !r.passes).length;
    rows.push({
      key: "special-rooms",
      name: t("specialRoomsHeading"),
      text: short === 0 ? t("specialRoomsOk") : t("summaryRoomsShort", { count: short }),
      passes: short === 0,
    });
  }
  if (a.county) {
    for (const part of countyParts(a.county)) {
      rows.push({
        key: `county-${part.id}`,
        name: countyPartName(part.id, lang),
        text:
          part.failed === 0 && part.missing === 0
            ? t("countyNothingOpen")
            : t("summaryCountyOpen", { failed: part.failed, missing: part.missing }),
        passes: part.passes ? true : part.failed > 0 ? false : null,
      });
    }
  }
  return (
    <ul className={styles.summaryList} data-testid="part-summary" aria-label={t("summaryHeading")}>
      {rows.map((r) => (
        <li key={r.key} className={styles.summaryRow} data-testid={`summary-${r.key}`}>
          <div className={layout.shrinks}>
            <Text weight="semibold" size={200} block>
              {r.name}
            </Text>
            <Text size={200} block>
              {r.text}
            </Text>
          </div>
          {r.passes === null ? (
            <Badge appearance="tint" color="warning" shape="rounded" className={layout.noWrap}>
              {t("summaryOpen")}
            </Badge>
          ) : (
            <Verdict passes={r.passes} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function ResultsStep({
  evaluation,
  profiles,
  onProfile,
  whatIf,
  onWhatIf,
  onReport,
  onSample,
}: ResultsStepProps) {
  const { t, lang } = useT();
  const layout = useLayoutStyles();
  const styles = useStyles();
  const { assessment: a, read, profile } = evaluation;
  const overall = evaluation.verdict;
  const stageName = (s: Stage) => stageNameOf(s, lang);
  const shortRooms = a.specialRooms?.filter((r) => !r.passes) ?? [];
  const smallRooms = a.specialRooms?.filter((r) => r.areaPasses === false) ?? [];
  const oversized = a.schoolSize.filter((f) => !f.passes);
  const partial = partialTableFinding(a);
  return (
    <div className={layout.section}>
      {a.incomplete && <IncompleteNotice count={evaluation.badDataSchools} />}
      {partial && (
        <MessageBar intent="warning" layout="multiline" data-testid="partial-table">
          <MessageBarBody>{renderFinding(partial, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar
        intent={overall.passes === null ? "warning" : overall.passes ? "success" : "error"}
        layout="multiline"
        data-testid="overall-verdict"
      >
        <MessageBarBody>
          <MessageBarTitle>
            {overall.passes === null
              ? t("overallUndetermined")
              : overall.basic
                ? overall.passes
                  ? t("overallPassBasic")
                  : t("overallFailBasic")
                : overall.passes
                  ? overall.full
                    ? t("overallPassFull")
                    : t("overallPass")
                  : t("overallFail")}
          </MessageBarTitle>
          {overall.reasons.some((r) => !r.info) && (
            <ul className={layout.list}>
              {overall.reasons
                .filter((r) => !r.info)
                .map((r, i) => (
                  <li key={i}>{renderFinding(r, lang)}</li>
                ))}
            </ul>
          )}
          {overall.reasons.some((r) => r.info) && (
            <>
              <Text size={200}>{t("infoOnly")}</Text>
              <ul className={layout.list}>
                {overall.reasons
                  .filter((r) => r.info)
                  .map((r, i) => (
                    <li key={i}>{renderFinding(r, lang)}</li>
                  ))}
              </ul>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <PartSummary a={a} profile={profile} />
      <Text size={200} data-testid="profile-line">
        {t("profileLine", { profile: profileName(profile, lang) })}
      </Text>
      {!overall.full && !overall.basic && <Text size={200}>{t("overallNoCounty")}</Text>}
      {STAGES.map((stage) => (
        <StageSection key={stage} a={a} stage={stage} profile={profile} />
      ))}
      <Divider />
      <details data-testid="county-details">
        <summary className={layout.summary}>
          <Text weight="semibold">{t("countyHeading")}</Text>
        </summary>
        <CountySection a={a} read={read} profile={profile} />
      </details>
      <details data-testid="sizes-details">
        <summary className={layout.summary}>
          <Text weight="semibold">{t("sizesHeading")}</Text>
        </summary>
        <section className={layout.section} data-testid="class-size">
          <Text weight="semibold" size={400}>
            {t("classSizeHeading")}
          </Text>
          {a.classSize ? (
            STAGES.map((stage) => {
              const cs = a.classSize![stage];
              return (
                <div key={stage} className={styles.summaryRow}>
                  <Text size={200}>
                    {t("classSizeLine", {
                      stage: stageName(stage),
                      classes: cs.classes,
                      limit: profile.classSize.limits[stage],
                      over: cs.overLimit,
                      large: cs.largeClasses,
                      superLarge: cs.superLargeClasses,
                    })}
                  </Text>
                  <Verdict passes={cs.passes} />
                </div>
              );
            })
          ) : (
            <Text size={200}>{t("classSizeMissing")}</Text>
          )}
        </section>
        <section className={layout.section} data-testid="school-size">
          <Text weight="semibold" size={400}>
            {t("schoolSizeHeading")}
          </Text>
          {oversized.length === 0 ? (
            <Text size={200}>{t("schoolSizeOk")}</Text>
          ) : (
            <ul className={layout.list}>
              {oversized.map((f) => (
                <li key={f.name}>
                  <Text size={200}>
                    {t("schoolSizeOver", { name: f.name, students: f.students, limit: f.limit })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={layout.section} data-testid="special-rooms">
          <Text weight="semibold" size={400}>
            {t("specialRoomsHeading")}
          </Text>
          {a.specialRooms === null ? (
            <Text size={200}>{t("specialRoomsMissing")}</Text>
          ) : shortRooms.length === 0 ? (
            <Text size={200}>{t("specialRoomsOk")}</Text>
          ) : (
            <ul className={layout.list}>
              {shortRooms.map((r) => (
                <li key={r.name}>
                  <Text size={200}>
                    {t("specialRoomsShort", {
                      name: r.name,
                      classes: r.classes,
                      required: r.required,
                      music: r.musicRooms,
                      art: r.artRooms,
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          {smallRooms.length > 0 && (
            <ul className={layout.list} data-testid="room-areas">
              {smallRooms.map((r) => (
                <li key={r.name}>
                  <Text size={200}>
                    {t("roomAreasShort", {
                      name: r.name,
                      rooms: (r.roomsBelowArea ?? [])
                        .map((b) => (lang === "zh" ? b.message : b.messageEn))
                        .join(lang === "zh" ? "、" : ", "),
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </section>
      </details>
      {a.allowances && (
        <details open data-testid="allowances">
          <summary className={layout.summary}>
            <Text weight="semibold">{t("allowancesHeading")}</Text>
          </summary>
          <section className={layout.section}>
            {a.allowances.used.length === 0 ? (
              <Text size={200}>{t("allowancesNone")}</Text>
            ) : (
              <ul className={layout.list}>
                {a.allowances.used.map((n, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {n.school}：{lang === "zh" ? n.message : n.messageEn}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
            {a.allowances.findings.length > 0 && (
              <ul className={layout.list}>
                {a.allowances.findings.map((f, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {t("allowanceNotApplied", {
                        message: lang === "zh" ? f.message : f.messageEn,
                      })}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </details>
      )}
      <details data-testid="what-if-details">
        <summary className={layout.summary}>
          <Text weight="semibold">{t("whatIfHeading")}</Text>
        </summary>
        <WhatIfPanel evaluation={evaluation} state={whatIf} onState={onWhatIf} />
      </details>
      {a.excluded.length > 0 && (
        <details>
          <summary className={layout.summary}>
            <Text weight="semibold">{t("excludedHeading", { count: a.excluded.length })}</Text>
          </summary>
          <ul className={layout.list}>
            {a.excluded.map((e, i) => (
              <li key={i}>
                <Text size={200}>
                  {e.name}：{renderFinding(e.reason, lang)}
                </Text>
              </li>
            ))}
          </ul>
        </details>
      )}
      {a.findings.length > 0 && (
        <details>
          <summary className={layout.summary}>
            <Text weight="semibold">{t("warningsHeading", { count: a.findings.length })}</Text>
          </summary>
          <ul className={layout.list}>
            {renderFindings(a.findings, lang).map((w, i) => (
              <li key={i}>
                <Text size={200}>{w}</Text>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Field label={t("profileLabel")}>
        <Select
          value={profile.id}
          onChange={(_e, data) => onProfile(data.value)}
          data-testid="profile-select"
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileName(p, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <StickyFooter>
        <Button appearance="primary" onClick={onReport}>
          {t("toReport")}
        </Button>
        <Button onClick={onSample}>{t("toSample")}</Button>
      </StickyFooter>
    </div>
  );
}
