import { Badge, mergeClasses, Text } from "@fluentui/react-components";
import {
  COUNTY_ITEM_NAMES_EN,
  type Assessment,
  type CountyItem,
  type CountyPart,
  renderCountyNotes,
  type StandardsProfile,
  type TableReadResult,
} from "../../core";
import { useT } from "../i18n";
import type { MessageKey } from "../messages";
import { countyPartName, countyParts, profileName } from "../wizard";
import { useLayoutStyles, Verdict } from "./common";

function statusKey(item: CountyItem): MessageKey {
  if (item.part === "vetoes")
    return item.status === "fail"
      ? "countyVetoFail"
      : item.status === "pass"
        ? "countyVetoPass"
        : "countyStatusMissing";
  if (item.status === "pass") return "countyStatusPass";
  if (item.status === "fail") return "countyStatusFail";
  return item.kind === "computed" ? "countyStatusNoData" : "countyStatusMissing";
}

/** One item: its number and name, what was found against the standard, what is short or missing, the county's evidence. */
function ItemLine({ item, list }: { item: CountyItem; list: "open" | "all" }) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  // The notes in the pane's language, from the core's one catalogue.
  const note = renderCountyNotes(item.notes, lang);
  const colour = item.status === "pass" ? "success" : item.status === "fail" ? "danger" : "warning";
  return (
    <li
      className={styles.item}
      data-testid={`county-${list === "open" ? "item" : "all-item"}-${item.part}-${item.number}`}
    >
      <Badge size="small" appearance="tint" color={colour} className={styles.noWrap}>
        {t(statusKey(item))}
      </Badge>{" "}
      <Text size={200} title={item.name}>
        {t("countyItemLine", {
          number: item.number,
          name: (lang === "en" && COUNTY_ITEM_NAMES_EN[item.id]) || item.shortName,
          text: (lang === "en" ? item.textEn : item.text) || "—",
          threshold: (lang === "en" ? item.thresholdEn : item.threshold) || "—",
        })}
      </Text>
      {note && (
        <Text size={200} block>
          {note}
        </Text>
      )}
      {item.evidence && (
        <Text size={100} block className={styles.quiet}>
          {t("countyEvidence", { evidence: item.evidence })}
        </Text>
      )}
    </li>
  );
}

function PartSection({ part }: { part: CountyPart }) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  const open = part.items.filter((i) => i.status !== "pass");
  return (
    <section
      className={styles.section}
      data-testid={`county-${part.id}`}
      aria-label={countyPartName(part.id, lang)}
    >
      <div className={styles.row}>
        <Text weight="semibold">{countyPartName(part.id, lang)}</Text>
        {part.passes ? (
          <Verdict passes />
        ) : part.failed > 0 ? (
          <Verdict passes={false} />
        ) : (
          <Badge appearance="tint" color="warning" className={styles.noWrap}>
            {t("countyPartIncomplete")}
          </Badge>
        )}
      </div>
      <Text size={200}>
        {t("countyPartCounts", {
          total: part.items.length,
          passed: part.passed,
          failed: part.failed,
          missing: part.missing,
        })}
      </Text>
      {open.length === 0 ? (
        <Text size={200}>{t("countyNothingOpen")}</Text>
      ) : (
        <ul className={mergeClasses(styles.list, styles.plainList)}>
          {open.map((i) => (
            <ItemLine key={i.id} item={i} list="open" />
          ))}
        </ul>
      )}
      {part.items.length > open.length && (
        <details>
          <summary>
            <Text size={200}>{t("countyAllItems", { count: part.items.length })}</Text>
          </summary>
          <ul className={mergeClasses(styles.list, styles.plainList)}>
            {part.items.map((i) => (
              <ItemLine key={i.id} item={i} list="all" />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/**
 * 政府保障程度 (15 items), 教育质量 (9), 社会认可度 and 一票否决 (standards.md §1.4–1.7):
 * each part's verdict, its failing and missing items with what is short, and every item on demand.
 */
export function CountySection({
  a,
  read,
  profile,
}: {
  a: Assessment;
  read: TableReadResult;
  profile: StandardsProfile;
}) {
  const { t, lang } = useT();
  const styles = useLayoutStyles();
  const county = a.county;
  return (
    <section className={styles.section} data-testid="county" aria-label={t("countyHeading")}>
      <Text weight="semibold" size={400}>
        {t("countyHeading")}
      </Text>
      {!county ? (
        <Text size={200}>
          {read.county && !profile.county
            ? t("countyNoStandards", { profile: profileName(profile, lang) })
            : t("countyNone")}
        </Text>
      ) : (
        <>
          <Text size={200}>{t("countyFrom", { sheet: county.sheet })}</Text>
          {countyParts(county).map((p) => (
            <PartSection key={p.id} part={p} />
          ))}
        </>
      )}
    </section>
  );
}
