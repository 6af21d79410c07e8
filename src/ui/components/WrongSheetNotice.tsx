import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useT } from "../i18n";
import type { WrongSheetHint } from "../sheetHint";

/**
 * "「班额统计表」 looks like the class sheet, not a school table; the school table
 * seems to be 「基础数据」" with the switch one click away: the real fix when the
 * wrong sheet was read, instead of advice to rename headers.
 */
export function WrongSheetNotice({
  hint,
  onSwitch,
  busy,
}: {
  hint: WrongSheetHint;
  onSwitch: (sheet: string) => void;
  busy?: boolean;
}) {
  const { t } = useT();
  const params = { sheet: hint.chosen, found: hint.found, total: hint.total };
  const title =
    hint.looksLike === "class"
      ? t("wrongSheetClass", params)
      : hint.looksLike === "county"
        ? t("wrongSheetCounty", params)
        : t("wrongSheetOther", params);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="wrong-sheet">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {hint.suggestion
          ? t("wrongSheetSuggestion", { school: hint.suggestion })
          : t("wrongSheetNoSuggestion")}
      </MessageBarBody>
      {hint.suggestion && (
        <MessageBarActions>
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() => onSwitch(hint.suggestion!)}
          >
            {t("wrongSheetSwitch", { school: hint.suggestion })}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
