export { dateFormatIds, type DateFormatId } from './formats.js';
export { parseDate, type ParsedDate } from './parse.js';
export { parseRichMediaDateTime, type RichMediaDateTime } from './rich-media.js';
