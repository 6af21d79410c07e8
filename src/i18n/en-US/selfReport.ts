import type { Texts } from "../texts";
import type { SELF_REPORT as ZH } from "../zh-CN/selfReport";

export const SELF_REPORT: Texts<typeof ZH> = {
  writer: {
    footer: "Page {page}",
    noChart:
      "[Chart: {caption}. It could not be drawn here; its figures are in the annexed tables.]",
    chartCaption: "Chart: {caption}",
    fonts: { body: "FangSong", title: "SimSun", heading1: "SimHei", heading2: "KaiTi" },
  },
};
