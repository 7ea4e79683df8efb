import { fixtureSeed } from '../../sharepoint/support/harness';

/** Loaded by the CLI through `--seed-module` in the durability test. */
export const buildSeed = fixtureSeed;
