/**
 * Cell texts a spreadsheet could run as a formula, one per way of hiding the sign: shared by the CSV,
 * XLSX and DOCX tests so every writer is checked against the same list.
 */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example","点我")',
  '+1+cmd|/C calc!A0',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\r\n=1+1',
  ' =1+1',
  '   @SUM(A1)',
  '\u3000=1+1',
  '\u3000\u3000+1',
  '\t -1',
  '＝HYPERLINK("http://evil.example")',
  '＋1',
  '－1',
  '＠SUM(A1)',
  '\u3000＝1',
  '﹦1+1',
] as const;
