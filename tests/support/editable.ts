// A contenteditable reply box holding `html`, the only element of the test document.
export function editableBox(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}
