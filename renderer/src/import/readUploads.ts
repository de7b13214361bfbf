/** A file picked or dropped in the browser, with its path relative to what the user chose. */
export interface PickedFile {
  file: File;
  name: string;
}

const ARTICLE = /\.(txt|md|markdown|html?)$/i;

/** Files under dropped folders, walked through the File System entries API (the only way a browser exposes them). */
export async function filesFromDrop(items: DataTransferItemList): Promise<PickedFile[]> {
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  const out: PickedFile[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      // Files dropped one by one are all tried (so a wrong type is reported); inside folders only articles are taken.
      if (!prefix || ARTICLE.test(file.name)) out.push({ file, name: prefix + file.name });
    } else if (entry.isDirectory && !entry.name.startsWith('.')) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}

/** Files from an <input type=file>, keeping folder-relative names for a folder input. */
export function filesFromInput(list: FileList): PickedFile[] {
  return [...list].filter((f) => !f.webkitRelativePath || ARTICLE.test(f.name)).map((file) => ({ file, name: file.webkitRelativePath || file.name }));
}

export function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
