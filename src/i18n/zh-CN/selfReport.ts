/** zh-CN: see ../index.ts for which sources use this part. */
export const SELF_REPORT = {
  /** src/report/docx/write.ts: the words the .docx writer adds itself (issue 26). */
  writer: {
    /** The page footer when the report names none; {page} is Word's PAGE field. */
    footer: "第 {page} 页",
    /** In place of a chart that could not be drawn here (no rasteriser, or it failed). */
    noChart: "〔图：{caption}。此处未能绘制图片，图中数据见附件各表。〕",
    /** A chart's caption under its image. */
    chartCaption: "图：{caption}",
    /**
     * The East Asian fonts (w:rFonts w:eastAsia), named as Chinese Word and WPS list them: body
     * 仿宋, title 宋体 (小标宋 is not installed with Windows), 一、 headings 黑体, （一） headings 楷体.
     */
    fonts: { body: "仿宋", title: "宋体", heading1: "黑体", heading2: "楷体" },
  },
};
