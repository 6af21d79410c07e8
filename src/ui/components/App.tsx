import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { LangContext } from "../i18n";
import type { Lang } from "../messages";

/** Theme and language around whatever the pane shows. */
export function App({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <FluentProvider
      theme={webLightTheme}
      lang={lang === "zh" ? "zh-CN" : "en"}
      style={{ minHeight: "100vh" }}
    >
      <LangContext.Provider value={lang}>{children}</LangContext.Provider>
    </FluentProvider>
  );
}
