/**
 * multipart/form-data built by hand. The platform's FormData turns every "\n" of a text field
 * into "\r\n" (as the HTML form rules require), which would add a character per line break to a
 * caption and shift every entity offset after it. Here the text goes out byte for byte.
 */
import { randomUUID } from 'node:crypto';

export interface MultipartFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

export interface MultipartBody {
  body: Uint8Array;
  contentType: string;
}

const quoted = (value: string) => value.replace(/["\\\r\n]/g, (character) => encodeURIComponent(character));

export function multipart(fields: Readonly<Record<string, string>>, files: Readonly<Record<string, MultipartFile>>): MultipartBody {
  const boundary = `chorus-${randomUUID()}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`));
  }
  for (const [name, file] of Object.entries(files)) {
    chunks.push(
      encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`),
      file.bytes,
      encoder.encode('\r\n'),
    );
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
