import type { Texts } from "../texts";
import type { CORE as ZH } from "../zh-CN/core";

export const CORE: Texts<typeof ZH> = {};
