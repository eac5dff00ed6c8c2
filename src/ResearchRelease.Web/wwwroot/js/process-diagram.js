// Draws each [data-process-diagram] from its Mermaid source, using the mermaid library served from /lib/mermaid.
// Progressive enhancement: without JavaScript the page's table of steps says the same. Kept out of the page so the
// Content-Security-Policy needs no 'unsafe-inline'.
/* global mermaid */
// The font is also set in site.css for Mermaid's measuring container, whose own <style> the CSP blocks.
mermaid.initialize({
  startOnLoad: false, securityLevel: 'strict', theme: 'neutral', fontFamily: 'arial, sans-serif', flowchart: { htmlLabels: false },
});

// Mermaid puts a <style> element and style="" attributes in its SVG, which the CSP (style-src 'self') blocks.
// The same rules go in through the CSSOM instead, which the CSP does not govern: a constructed style sheet for the
// <style> text, and element.style for each attribute.
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function withoutInlineStyles(svgText) {
  // Parsed as HTML, as innerHTML would: Mermaid's labels hold HTML line breaks that are not well-formed XML.
  // A parsed, unattached document applies no styles, so nothing is blocked here.
  const root = new DOMParser().parseFromString(svgText, 'text/html').body.firstElementChild;
  let css = '';
  for (const style of root.querySelectorAll('style')) {
    css += style.textContent;
    style.remove();
  }
  const declarations = [];
  for (const element of [root, ...root.querySelectorAll('[style]')]) {
    if (!element.hasAttribute('style')) continue;
    element.setAttribute('data-rr-style', String(declarations.length));
    declarations.push(element.getAttribute('style'));
    element.removeAttribute('style');
  }
  const svg = document.importNode(root, true);
  for (const element of [svg, ...svg.querySelectorAll('[data-rr-style]')]) {
    const index = element.getAttribute('data-rr-style');
    if (index === null) continue;
    element.style.cssText = declarations[Number(index)];
    element.removeAttribute('data-rr-style');
  }
  return { svg, css };
}

const figures = document.querySelectorAll('[data-process-diagram]');
for (const [index, figure] of figures.entries()) {
  const source = figure.querySelector('.rr-diagram__source').textContent;
  const target = figure.querySelector('.rr-diagram__figure');
  try {
    const rendered = await mermaid.render(`process-diagram-${index}`, source);
    const { svg, css } = withoutInlineStyles(rendered.svg);
    sheet.replaceSync(sheet.cssRules.length ? [...sheet.cssRules].map(r => r.cssText).join('\n') + css : css);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', figure.querySelector('figcaption').textContent);
    target.replaceChildren(svg);
    target.hidden = false;
  } catch (error) {
    // The table is still there; say so in the page's own style, and keep the library's message for developers.
    console.error(error);
    const message = document.createElement('p');
    message.className = 'govuk-inset-text rr-diagram__error';
    message.textContent = 'The diagram could not be drawn in this browser. The table below describes the same steps.';
    target.replaceChildren(message);
    target.hidden = false;
  }
}
