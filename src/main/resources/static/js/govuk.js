// GOV.UK Frontend's own behaviour: the error summary takes focus and its links land on the field at fault, radios
// and details work with a keyboard and a screen reader. The pages work without it; this makes them work better.
import { initAll } from '../webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
