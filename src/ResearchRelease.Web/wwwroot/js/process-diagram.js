// Draws each [data-process-diagram] from its Mermaid source, using the mermaid library served from /lib/mermaid.
// Progressive enhancement: without JavaScript the page's table of steps says the same. Kept out of the page so the
// Content-Security-Policy needs no 'unsafe-inline'.
/* global mermaid */
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', flowchart: { htmlLabels: false } });

const figures = document.querySelectorAll('[data-process-diagram]');
for (const [index, figure] of figures.entries()) {
  const source = figure.querySelector('.rr-diagram__source').textContent;
  const target = figure.querySelector('.rr-diagram__figure');
  try {
    const { svg } = await mermaid.render(`process-diagram-${index}`, source);
    target.innerHTML = svg;
    target.querySelector('svg')?.setAttribute('role', 'img');
    target.hidden = false;
  } catch (error) {
    // The table is still there; say why the picture is not.
    target.textContent = `The diagram could not be drawn (${error.message}). The table below describes the same steps.`;
    target.hidden = false;
  }
}
