import { errorText, type ErrorCode, type ErrorArgs } from './messages.js';

/**
 * An input the analyzer cannot use at all. Shells print `message` as one line and exit 2;
 * everything less severe is a warning inside the report.
 */
export class ExposureInputError<Code extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'ExposureInputError';
  readonly code: Code;
  readonly args: ErrorArgs[Code];

  constructor(code: Code, args: ErrorArgs[Code]) {
    const describe = errorText[code] as (args: ErrorArgs[Code]) => string;
    super(describe(args));
    this.code = code;
    this.args = args;
  }
}

export function isExposureInputError(error: unknown): error is ExposureInputError {
  return error instanceof ExposureInputError;
}

/** Whether `error` is the input error `code`, its arguments typed for it. */
export function isInputErrorOf<Code extends ErrorCode>(
  error: unknown,
  code: Code,
): error is ExposureInputError<Code> {
  return error instanceof ExposureInputError && error.code === code;
}
