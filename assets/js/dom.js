// The helpers the pages' scripts share for building markup: text goes in as text, never as HTML.

/**
 * A new element with attributes and children. An attribute that is false, null or undefined is left
 * out and true sets it empty (a boolean attribute); a child null or undefined is skipped.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') node.className = value; else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/**
 * The evidence badge (or the no-effect flag) exactly as the page's component renders it: the page
 * carries one inert <template> per level, made by templates/components/evidence-badge, and this clones it.
 */
export function badge(selector) {
  const template = document.querySelector(`template${selector}`);
  if (!template) throw new Error(`the page lacks the badge template ${selector}`);
  return template.content.firstElementChild.cloneNode(true);
}
