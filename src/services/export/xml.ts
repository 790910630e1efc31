// XML text for GraphML and GEXF. XML 1.0 cannot carry most C0 control characters, even escaped:
// each becomes its visible Unicode "control picture" (U+0001 -> U+2401, NUL -> U+2400), and a lone
// surrogate becomes U+FFFD. Tab, newline and carriage return are kept, written as character
// references so that parsers do not normalise them. (docs/decisions/0073-xml-control-characters.md)

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** What an XML reader gets back for a string: the mapping above, nothing else changed. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return '\uFFFD';
  });
}

/** Escaped for element text or a double- or single-quoted attribute value. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}
