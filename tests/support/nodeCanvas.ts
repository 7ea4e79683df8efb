/** Canvas 2D in Node for the tests: the bench's `@napi-rs/canvas` factory, one implementation for both. */
export { nodeCanvas } from '../../scripts/bench/nodeCanvas';
