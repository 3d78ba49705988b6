// Files picked in the UI travel to the core as base64 inside the JSON request (the same shape the
// CLI and tests send), so no file path or file-system permission is needed in the WebView.
import type { FileUpload } from "../bindings";

export function toUpload(file: File): Promise<FileUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("cannot read the file"));
    reader.onload = () => {
      const url = String(reader.result ?? "");
      resolve({ file_name: file.name, content_base64: url.slice(url.indexOf(",") + 1) });
    };
    reader.readAsDataURL(file);
  });
}

/** "12.3 KB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
