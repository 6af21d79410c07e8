/**
 * The CLI's words (usage, help, the terminal's summaries and errors), in both locales: a
 * catalogue of its own, beside the shared one (./index.ts), so that the task pane's and the
 * offline page's bundles, which never run the CLI, do not carry them.
 */
export { CLI as ZH_CLI } from "./zh-CN/cli";
export { CLI as EN_CLI } from "./en-US/cli";
