/**
 * Minutes of a session (Protokoll) kept as a document attached to the session's item. The office
 * files what the bodies send: PDF or a Word/OpenDocument text. SharePoint takes attachments up to
 * 250 MB, but one POST carries the whole file, so minutes stay well below that.
 */
export const maxMinutesBytes = 20 * 1024 * 1024;

export const minutesExtensions: readonly string[] = ['.pdf', '.docx', '.doc', '.odt', '.rtf', '.txt'];

/** Characters SharePoint refuses in file names (and `%`, `#`, which break its URLs). */
const invalidFileName = /["*:<>?/\\|#%]|^[.\s]|[.\s]$|\.\./;

/** Whether `name` holds a control character (a line break pasted into a name, say). */
function hasControlCharacter(name: string): boolean {
  return [...name].some((char) => char.charCodeAt(0) < 0x20);
}

export type MinutesFileProblem = 'empty' | 'tooLarge' | 'type' | 'name';

/** Why a file cannot be attached as minutes, or undefined when it can. */
export function minutesFileProblem(file: { readonly name: string; readonly size: number }): MinutesFileProblem | undefined {
  const name = file.name.trim();
  if (name === '' || name.length > 128 || invalidFileName.test(name) || hasControlCharacter(name)) {
    return 'name';
  }
  const dot = name.lastIndexOf('.');
  if (dot < 0 || !minutesExtensions.includes(name.slice(dot).toLowerCase())) {
    return 'type';
  }
  if (file.size <= 0) {
    return 'empty';
  }
  if (file.size > maxMinutesBytes) {
    return 'tooLarge';
  }
  return undefined;
}
