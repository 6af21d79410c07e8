import type { Texts } from "../texts";
import type { FORM as ZH } from "../zh-CN/form";

export const FORM: Texts<typeof ZH> = {};
