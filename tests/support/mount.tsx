// Renders a component into a fresh root in the test document (happy-dom) and returns the root.
// Rendered inside act(), so its effects have run when the test looks.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(node, root));
  return root;
}
