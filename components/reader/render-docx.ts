/**
 * Shows a .docx with `docx-preview`: it lays the document out as Word pages (page size, margins, fonts,
 * tables, headers) in plain HTML, as the docx previews of office systems do, so the reviewer sees the
 * report as sent and the text map reads ordinary paragraphs. (mammoth would give clean semantic HTML but
 * drops the layout a reviewer compares against the printed report.) Loaded on demand.
 */
export async function renderDocx(bytes: Uint8Array, container: HTMLElement): Promise<{ pages: number }> {
  const { renderAsync } = await import('docx-preview');
  const body = container.ownerDocument.createElement('div');
  body.className = 'docx-body';
  container.replaceChildren(body);
  await renderAsync(bytes, body, undefined, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    // Comments and tracked changes of the author are not part of the report under review.
    renderComments: false,
    renderChanges: false,
    // Images inline as data: URLs, no blob: URLs to revoke when the next file opens.
    useBase64URL: true,
  });
  return { pages: body.querySelectorAll('section.docx').length };
}
