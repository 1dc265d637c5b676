// Reads assets/data from disk and validates it the way the build does (scripts and the benchmark).
export { DATA_DIR, loadDatasetFromDisk, readEntityFiles } from '../../lib/background/dataset/from-disk';
