/** Planning help (issue 5 §4): gap-closing, breakdowns by group and locale, 复核 sampling. */
export * from "./gaps";
export * from "./breakdown";
export * from "./sampling";
