/** zh-CN: see ../index.ts for which sources use this part. */
export const PAGE = {
  title: "EduBalance 优质均衡测算（离线版）",
  privacy:
    "本页面完全在您的电脑上运行：所选工作簿只在本机浏览器中读取和计算，数据不会上传，也不会发送到任何网络地址。断开网络也能使用。",
  pick: "选择工作簿…",
  pickAnother: "换一个工作簿…",
  drop: "或把 Excel 工作簿（.xlsx、.xls）或 WPS 表格（.et）拖到这里",
  dropMany:
    "各校交回的学校填报表（一校一表）可以一次选择或拖入多个：汇总成全县的学校基础数据表后测算，并列出回收情况。",
  template: "下载空白数据模板",
  templateHint:
    "还没有整理好的表格？模板含学校表、班级表和县级指标表，表头、下拉选项和数字格式都已设好；填好后在这里打开。",
  reading: "正在读取 {file}：{done} / {total} MB",
  parsing: "正在解析 {file}……",
  readingMany: "正在读取第 {index} / {count} 个文件 {file}：{done} / {total} MB",
  parsingMany: "正在解析第 {index} / {count} 个文件 {file}……",
  loadedCollected:
    "已汇总 {files} 个文件，写入汇总表 {schools} 所学校；下面按这张汇总表（{file}）测算，与打开这张表相同。",
  loaded: "已读取 {file}（{sheets} 个工作表）。",
  cancel: "取消",
  dismiss: "关闭",
  language: "English",
};
