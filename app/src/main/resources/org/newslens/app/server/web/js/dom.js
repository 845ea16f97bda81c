// DOM helpers. Article strings only ever become text nodes or attribute values set through the DOM API:
// nothing here parses HTML, so markup in a title, a reason or the body shows as written and never runs.

/** el('div', {class: 'x', onclick: fn}, 'text', child, ...): an element with text or element children. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content with the given children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, label) {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      return el('a', {href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank'}, label ?? url);
    }
  } catch (e) {
    // not an absolute address: shown as text below
  }
  return el('span', {class: 'unlinked-url', title: 'not an http(s) address, so not a link'}, label ?? url);
}

/** A confidence in [0, 1] as two decimals, or a dash when the finding has none. */
export function conf(value) {
  return typeof value === 'number' && isFinite(value) ? value.toFixed(2) : '—';
}
