/**
 * An error the user caused and can fix, with a Chinese message (and English for
 * the second locale). Hosts turn it into their own form: a CLI line, a
 * CustomFunctions.Error, a message bar.
 */
export class EduError extends Error {
  readonly code: string;
  readonly messageEn: string;
  constructor(code: string, message: string, messageEn?: string) {
    super(message);
    this.name = "EduError";
    this.code = code;
    this.messageEn = messageEn ?? message;
  }
}

export function isEduError(e: unknown): e is EduError {
  return e instanceof EduError;
}
