/**
 * The UI half of the first open: React, Fluent and the shell. main.tsx imports it on demand, so the
 * build's entry chunk holds only the data layer and the hosts, which start the first Graph request
 * while this half (the boot chunk, modulepreloaded beside the entry by vite.config.ts) is still being
 * evaluated: about 100 ms of CPU on a cold open (issue #13). On the managers' agenda outside Teams it is
 * fetched only after the static first paint (first-paint/ui-timing.ts).
 */
export { bootstrap } from './bootstrap';
export { loadFluentTheme } from './theme';
