import type { Texts } from "../texts";
import type { REPORT as ZH } from "../zh-CN/report";

export const REPORT: Texts<typeof ZH> = {};
