export { SAMPLE_DEPLOYMENT, SAMPLE_NAMESPACE, writeSampleRepository } from "./sample-repository.ts";
export { tarGz, zip } from "./archives.ts";
