/** Offers bytes as a download (the browser's 下载 folder): a Blob URL, never a request. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL; let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "县数据.xlsx" → "县数据": the stem the downloads are named after. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm|xls|et)$/i, "") || "EduBalance";
}
