import type { Texts } from "../texts";
import type { HOST as ZH } from "../zh-CN/host";

export const HOST: Texts<typeof ZH> = {};
