/**
 * Whether a .docx holds Word comments. A document's comments live in their own parts
 * (`word/comments.xml`, and `commentsExtended`, `commentsIds` … beside it); a zip names every part
 * uncompressed in its headers, so the names can be found without unpacking. The office's internal
 * remarks must not leave the administration with a published report.
 */
export function hasWordComments(docx: ArrayBuffer | Uint8Array): boolean {
  const bytes = docx instanceof Uint8Array ? docx : new Uint8Array(docx);
  return indexOf(bytes, commentsPart) >= 0;
}

const commentsPart = Array.from('word/comments', (char) => char.charCodeAt(0));

function indexOf(bytes: Uint8Array, pattern: readonly number[]): number {
  outer: for (let start = 0; start <= bytes.length - pattern.length; start += 1) {
    for (let offset = 0; offset < pattern.length; offset += 1) {
      if (bytes[start + offset] !== pattern[offset]) continue outer;
    }
    return start;
  }
  return -1;
}
