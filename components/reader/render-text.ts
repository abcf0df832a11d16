/** Shows plain text as one page of paragraphs (one per line), so the checker reads its lines as written. */
export function renderText(text: string, container: HTMLElement): void {
  const doc = container.ownerDocument;
  const page = doc.createElement('article');
  page.className = 'text-page';
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = line;
    page.append(paragraph);
  }
  container.replaceChildren(page);
}
