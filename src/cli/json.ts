/** The `--json` document's builder is host-neutral (the offline page writes the same bytes): src/report/json.ts. */
export * from "../report/json";
