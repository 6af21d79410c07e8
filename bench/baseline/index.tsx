/**
 * The baseline task pane of the benchmark: the least an Office add-in built on
 * React 18 and Fluent UI v9 renders — a provider, a title, a line of text and a
 * button — started from Office.onReady as the real task pane is.
 */
import { Button, FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function BaselinePane() {
  return (
    <FluentProvider
      theme={webLightTheme}
      style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}
    >
      <Title3>优质均衡测算</Title3>
      <Text>选择学校数据所在的工作表，然后读取数据。</Text>
      <Button appearance="primary">读取数据</Button>
    </FluentProvider>
  );
}

function render(): void {
  createRoot(document.getElementById("root")!).render(<BaselinePane />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function")
  void Office.onReady(render);
else render();
