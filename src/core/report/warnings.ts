import { warningText, type WarningArgs, type WarningCode } from '../messages.js';
import type { ReportWarning } from './schema.js';

/** Collects expected problems as values; the wording comes from the one message table. */
export class WarningSink {
  private readonly entries: (ReportWarning | WarningSink)[] = [];

  add<Code extends WarningCode>(
    code: Code,
    args: WarningArgs[Code],
    file: string | null = null,
  ): void {
    const text = warningText[code] as (args: WarningArgs[Code]) => string;
    this.entries.push({ code, message: text(args), file });
  }

  /**
   * A place in the list for warnings that come later: a file read alongside the others (a count on
   * another thread) still has its warnings where reading the files in turn would put them.
   */
  reserve(): WarningSink {
    const place = new WarningSink();
    this.entries.push(place);
    return place;
  }

  /** Every warning, those of reserved places where they were reserved. */
  get warnings(): ReportWarning[] {
    return this.entries.flatMap((entry) =>
      entry instanceof WarningSink ? entry.warnings : [entry],
    );
  }
}
