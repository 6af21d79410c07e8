/** zh-CN: see ../index.ts for which sources use this part. */
export const FORM = {};
