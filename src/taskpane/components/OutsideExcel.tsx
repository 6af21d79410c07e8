import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { translate } from "../messages";

/** What the page says when opened outside Excel: Chinese first, English under it. */
export function OutsideExcel({ reason = "outside" }: { reason?: "outside" | "oldExcel" }) {
  const key = reason === "oldExcel" ? "oldExcel" : "outsideExcel";
  return (
    <div style={{ padding: "16px" }} lang="zh-CN">
      <Text as="h1" size={500} weight="semibold" block>
        {translate("zh", "appTitle")}
      </Text>
      <MessageBar
        intent="info"
        layout="multiline"
        style={{ marginTop: "12px" }}
        data-testid="outside-excel"
      >
        <MessageBarBody>
          <MessageBarTitle>{translate("zh", "outsideExcelTitle")}</MessageBarTitle>
          {translate("zh", key)}
        </MessageBarBody>
      </MessageBar>
      <Text as="p" size={200} lang="en" block style={{ marginTop: "12px", color: "#605e5c" }}>
        {translate("en", "outsideExcelTitle")}. {translate("en", key)}
      </Text>
    </div>
  );
}
