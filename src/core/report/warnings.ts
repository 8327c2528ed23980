import { warningText, type WarningArgs, type WarningCode } from '../messages.js';
import type { ReportWarning } from './schema.js';

/** Collects expected problems as values; the wording comes from the one message table. */
export class WarningSink {
  readonly warnings: ReportWarning[] = [];

  add<Code extends WarningCode>(
    code: Code,
    args: WarningArgs[Code],
    file: string | null = null,
  ): void {
    const text = warningText[code] as (args: WarningArgs[Code]) => string;
    this.warnings.push({ code, message: text(args), file });
  }
}
