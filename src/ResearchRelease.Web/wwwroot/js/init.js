// Progressive enhancement only: every journey works without JavaScript.
// Kept out of the page so the Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from '/lib/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
