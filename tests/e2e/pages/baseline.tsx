/**
 * The baseline page for the browser benchmarks: an empty Fluent UI page (FluentProvider and one
 * Text), built and served exactly like the app, so the figures say what Punkt adds to Fluent.
 */
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('baseline.html has no #root');
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <Text as="p">Tom Fluent-side</Text>
  </FluentProvider>,
);
