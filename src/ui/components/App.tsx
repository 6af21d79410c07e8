import { FluentProvider, makeStyles, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { LangContext } from "../i18n";
import type { Lang } from "../messages";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
});

/** Theme and language around whatever the pane (or the offline page) shows. */
export function App({ lang, children }: { lang: Lang; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={webLightTheme}
      lang={lang === "zh" ? "zh-CN" : "en"}
      className={styles.root}
    >
      <LangContext.Provider value={lang}>{children}</LangContext.Provider>
    </FluentProvider>
  );
}
