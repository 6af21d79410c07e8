/** Runs the CLI in-process with captured output, as the CLI tests need it. */
import { main, type CliIO } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: Partial<CliIO> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    ...options,
  });
  return { code, stdout, stderr };
}
