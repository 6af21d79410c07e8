import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { translate, type MessageKey } from "../ui/messages";

/**
 * Why the wizard is not shown: opened outside Excel (office.js answered, the host is not Excel),
 * an Excel below ExcelApi 1.9, or office.js never finished loading (no internet, a blocked CDN).
 */
export type OutsideReason = "outside" | "oldExcel" | "notLoaded";

const TEXTS: Record<OutsideReason, { title: MessageKey; body: MessageKey }> = {
  outside: { title: "outsideExcelTitle", body: "outsideExcel" },
  oldExcel: { title: "outsideExcelTitle", body: "oldExcel" },
  notLoaded: { title: "officeNotLoadedTitle", body: "officeNotLoaded" },
};

/**
 * The offline page (webpack.page.js) is built into dist/ beside taskpane.html, so where dist/ is
 * published as a whole this relative link opens it; the text names the file for the other cases.
 */
const OFFLINE_PAGE = "edu-balance.html";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
  block: { marginTop: tokens.spacingVerticalM },
  english: { marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
  quiet: { color: tokens.colorNeutralForeground3 },
});

/** What the page says when the wizard cannot start: Chinese first, English under it, and the offline page as the way out. */
export function OutsideExcel({ reason = "outside" }: { reason?: OutsideReason }) {
  const { title, body } = TEXTS[reason];
  const styles = useStyles();
  return (
    <div className={styles.root} lang="zh-CN">
      <Text as="h1" size={500} weight="semibold" block>
        {translate("zh", "appTitle")}
      </Text>
      <MessageBar
        intent={reason === "notLoaded" ? "warning" : "info"}
        layout="multiline"
        className={styles.block}
        data-testid="outside-excel"
        data-reason={reason}
      >
        <MessageBarBody>
          <MessageBarTitle>{translate("zh", title)}</MessageBarTitle>
          {translate("zh", body)}
        </MessageBarBody>
      </MessageBar>
      <Text as="p" size={300} block className={styles.block} data-testid="offline-page-hint">
        {translate("zh", "offlinePageHint")}{" "}
        <Link href={OFFLINE_PAGE} target="_blank" rel="noopener noreferrer">
          {translate("zh", "offlinePageLink")}
        </Link>
      </Text>
      <Text as="p" size={200} lang="en" block className={styles.english}>
        {translate("en", title)}. {translate("en", body)} {translate("en", "offlinePageHint")}
      </Text>
    </div>
  );
}

/** Shown while office.js has not yet said which host the pane is in. */
export function ConnectingToExcel() {
  const styles = useStyles();
  return (
    <div className={styles.root} lang="zh-CN" data-testid="office-loading">
      <Text size={300} block>
        {translate("zh", "officeLoading")}
      </Text>
      <Text size={200} lang="en" block className={styles.quiet}>
        {translate("en", "officeLoading")}
      </Text>
    </div>
  );
}
