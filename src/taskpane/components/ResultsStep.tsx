import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import {
  type Assessment,
  type Evaluation,
  renderFinding,
  renderFindings,
  type Stage,
  STAGES,
  type StandardsProfile,
} from "../../core";
import { useT } from "../i18n";
import {
  fixed,
  indicatorName,
  indicatorsOf,
  percent,
  profileName,
  stageName as stageNameOf,
  thresholdText,
} from "../wizard";
import { IncompleteNotice, styles, Verdict } from "./common";
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
  const sa = a.stages[stage];
  const stageName = stageNameOf(stage, lang);
  const failing = sa.schools.filter((s) => s.passes === false);
  const judgesSchools = sa.schools.some((s) => s.passes !== null);
  const ids = indicatorsOf(a);
  const vd = profile.display.valueDecimals;
  const cd = profile.display.cvDecimals;
  return (
    <section style={styles.section} data-testid={`stage-${stage}`} aria-label={stageName}>
      <div style={styles.row}>
        <Text weight="semibold" size={400}>
          {t("stageHeading", { stage: stageName, schools: sa.schools.length })}
        </Text>
        {sa.schools.length > 0 && (
          <Verdict passes={sa.passes}>
            {sa.passes ? t("stageVerdictPass") : t("stageVerdictFail")}
          </Verdict>
        )}
      </div>
      {sa.schools.length > 0 && (
        <div style={styles.tableWrap}>
          <Table size="extra-small" aria-label={`${stageName} ${t("indicator")}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: "34%" }}>{t("indicator")}</TableHeaderCell>
                <TableHeaderCell>{t("thresholdColumn")}</TableHeaderCell>
                <TableHeaderCell>{t("countyValue")}</TableHeaderCell>
                <TableHeaderCell>{t("cvAgainstLimit")}</TableHeaderCell>
                <TableHeaderCell>{t("verdict")}</TableHeaderCell>
                <TableHeaderCell>{t("schoolsMeeting")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ids.map((id) => {
                const ind = sa.indicators[id];
                if (!ind) return null;
                return (
                  <TableRow key={id} data-testid={`indicator-${stage}-${id}`}>
                    <TableCell>{indicatorName(id, lang)}</TableCell>
                    <TableCell data-testid={`threshold-${stage}-${id}`}>
                      {thresholdText(ind.threshold)}
                    </TableCell>
                    <TableCell>{fixed(ind.countyValue, vd)}</TableCell>
                    <TableCell>
                      {ind.cv === null ? t("notComputable") : fixed(ind.cv, cd)} /{" "}
                      {ind.cvLimit === null ? "—" : fixed(ind.cvLimit, 2)}
                    </TableCell>
                    <TableCell>
                      {ind.cvPasses === null ? "—" : <Verdict passes={ind.cvPasses} />}
                      {ind.borderline ? <Text size={100}>{t("borderlineMark")}</Text> : null}
                    </TableCell>
                    <TableCell>
                      {ind.schoolsMeeting === null
                        ? "—"
                        : `${ind.schoolsMeeting}/${sa.schools.length}`}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {sa.schools.length > 0 && sa.compositeCv !== undefined && (
        <div style={styles.row} data-testid={`composite-${stage}`}>
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
      {sa.schools.length > 0 && !judgesSchools && <Text size={200}>{t("noSchoolRule")}</Text>}
      {sa.schools.length > 0 && judgesSchools && (
        <div data-testid={`failing-${stage}`}>
          <Text weight="semibold">
            {failing.length > 0
              ? t("failingSchools", { count: failing.length })
              : t("noFailingSchools")}
          </Text>
          <ul style={styles.list}>
            {failing.slice(0, FAILING_SCHOOLS_SHOWN).map((s) => (
              <li key={`${s.name}-${s.source?.row ?? ""}`}>
                <Text weight="semibold">{s.name}</Text>{" "}
                <Text size={200}>
                  {t("schoolMetCount", { met: s.metCount ?? "—", total: ids.length })}
                </Text>
                <ul style={styles.list}>
                  {s.shortfalls.map((f) => (
                    <li key={f.indicator}>
                      <Text size={200}>
                        {t("shortfall", {
                          indicator: indicatorName(f.indicator, lang),
                          value: fixed(f.value, vd),
                          threshold: thresholdText(f.threshold),
                          absolute: fixed(f.absolute, vd),
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
        </div>
      )}
    </section>
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
  const { assessment: a, read, profile } = evaluation;
  const overall = evaluation.verdict;
  const stageName = (s: Stage) => stageNameOf(s, lang);
  const shortRooms = a.specialRooms?.filter((r) => !r.passes) ?? [];
  const smallRooms = a.specialRooms?.filter((r) => r.areaPasses === false) ?? [];
  const oversized = a.schoolSize.filter((f) => !f.passes);
  return (
    <div style={styles.section}>
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
      {a.incomplete && <IncompleteNotice count={evaluation.badDataSchools} />}
      <MessageBar
        intent={overall.passes ? "success" : "error"}
        layout="multiline"
        data-testid="overall-verdict"
      >
        <MessageBarBody>
          <MessageBarTitle>
            {overall.basic
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
            <ul style={styles.list}>
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
              <ul style={styles.list}>
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
      <Text size={200} data-testid="profile-line">
        {t("profileLine", { profile: profileName(profile, lang) })}
      </Text>
      {!overall.full && !overall.basic && <Text size={200}>{t("overallNoCounty")}</Text>}
      {STAGES.map((stage) => (
        <StageSection key={stage} a={a} stage={stage} profile={profile} />
      ))}
      <Divider />
      <CountySection a={a} read={read} profile={profile} />
      <Divider />
      <WhatIfPanel evaluation={evaluation} state={whatIf} onState={onWhatIf} />
      <Divider />
      <section style={styles.section} data-testid="class-size">
        <Text weight="semibold" size={400}>
          {t("classSizeHeading")}
        </Text>
        {a.classSize ? (
          STAGES.map((stage) => {
            const cs = a.classSize![stage];
            return (
              <div key={stage} style={styles.row}>
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
      <section style={styles.section} data-testid="school-size">
        <Text weight="semibold" size={400}>
          {t("schoolSizeHeading")}
        </Text>
        {oversized.length === 0 ? (
          <Text size={200}>{t("schoolSizeOk")}</Text>
        ) : (
          <ul style={styles.list}>
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
      <section style={styles.section} data-testid="special-rooms">
        <Text weight="semibold" size={400}>
          {t("specialRoomsHeading")}
        </Text>
        {a.specialRooms === null ? (
          <Text size={200}>{t("specialRoomsMissing")}</Text>
        ) : shortRooms.length === 0 ? (
          <Text size={200}>{t("specialRoomsOk")}</Text>
        ) : (
          <ul style={styles.list}>
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
          <ul style={styles.list} data-testid="room-areas">
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
      {a.allowances && (
        <section style={styles.section} data-testid="allowances">
          <Text weight="semibold" size={400}>
            {t("allowancesHeading")}
          </Text>
          {a.allowances.used.length === 0 ? (
            <Text size={200}>{t("allowancesNone")}</Text>
          ) : (
            <ul style={styles.list}>
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
            <ul style={styles.list}>
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
      )}
      {a.excluded.length > 0 && (
        <section style={styles.section}>
          <Text weight="semibold">{t("excludedHeading", { count: a.excluded.length })}</Text>
          <ul style={styles.list}>
            {a.excluded.map((e, i) => (
              <li key={i}>
                <Text size={200}>
                  {e.name}：{renderFinding(e.reason, lang)}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      {a.findings.length > 0 && (
        <section style={styles.section}>
          <Text weight="semibold">{t("warningsHeading", { count: a.findings.length })}</Text>
          <ul style={styles.list}>
            {renderFindings(a.findings, lang).map((w, i) => (
              <li key={i}>
                <Text size={200}>{w}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div style={styles.row}>
        <Button appearance="primary" onClick={onReport}>
          {t("toReport")}
        </Button>
        <Button onClick={onSample}>{t("toSample")}</Button>
      </div>
    </div>
  );
}
