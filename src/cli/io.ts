/** What the CLI touches of the outside world, passed in so tests can drive `run` in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  columns: number;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}
