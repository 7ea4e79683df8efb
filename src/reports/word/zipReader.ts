/**
 * Reads single files out of a .docx (a ZIP package) with the platform's own inflater
 * (`DecompressionStream`, in every current browser and in Node), so looking into a template needs
 * no second ZIP library next to the one inside docx.
 */
export async function readZipEntry(data: Uint8Array, path: string): Promise<Uint8Array | undefined> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) {
    throw new Error('not a ZIP package');
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (view.getUint32(offset, true) !== 0x02014b50) {
      throw new Error('damaged ZIP directory');
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(data.subarray(offset + 46, offset + 46 + nameLength));
    if (name === path) {
      const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      const content = data.subarray(start, start + compressedSize);
      return method === 0 ? content : inflate(content);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

export async function readZipText(data: Uint8Array, path: string): Promise<string | undefined> {
  const bytes = await readZipEntry(data, path);
  return bytes ? new TextDecoder().decode(bytes) : undefined;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes at the very end.
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      return offset;
    }
  }
  return -1;
}

async function inflate(content: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([content]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
