export { renderMemoriaDocx } from './docx.js';
export { renderMemoriaPdf } from './pdf.js';
