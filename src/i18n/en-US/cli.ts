import type { Texts } from "../texts";
import type { CLI as ZH } from "../zh-CN/cli";

export const CLI: Texts<typeof ZH> = {};
