export { linkedinHref } from '../../core/util/linkedin-href.js';
