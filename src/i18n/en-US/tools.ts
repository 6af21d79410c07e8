import type { Texts } from "../texts";
import type { TOOLS as ZH } from "../zh-CN/tools";

export const TOOLS: Texts<typeof ZH> = {};
