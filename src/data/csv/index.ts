export { readCsv, CsvFormatError, DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions, type CsvBatch } from './reader.ts';
