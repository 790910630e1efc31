import { fileURLToPath } from 'node:url';

// Shipped model files live in <package>/models; this file sits at src/nlp or dist/nlp, two levels down.
export function modelPath(file: string): string {
  return fileURLToPath(new URL(`../../models/${file}`, import.meta.url));
}
