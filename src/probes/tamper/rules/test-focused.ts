// Pure: focus markers added by the PR (`it.only`, `describe.only`, `fit`, `fdescribe`, `@pytest.mark.only`):
// every other test of the file, or of the run, silently stops running.
import type { Hit, SourceChange } from '../hit.js';
import { newMarkers } from './new-markers.js';

export function testFocused(sources: readonly SourceChange[]): Hit[] {
  return newMarkers(sources, 'focus').map(({ source, test, marker }) => ({
    rule: 'test-focused',
    file: source.path,
    line: marker.line,
    subject: `${test.name}\u0000${marker.text}`,
    message: `\`${marker.text}\` added on \`${test.name}\`: the runner skips every test not focused.`,
    details: { test: test.name, marker: marker.text },
  }));
}
