// Pure: skip markers added by the PR (`it.skip`, `xit`, `it.todo`, `@pytest.mark.skip`/`skipif`/`xfail`,
// `t.Skip`, `#[ignore]`, `@Disabled`, ...). A planned test (`it.todo`) is reported as such.
import type { Hit, SourceChange } from '../hit.js';
import { newMarkers } from './new-markers.js';

export function testSkipped(sources: readonly SourceChange[]): Hit[] {
  return newMarkers(sources, 'skip').map(({ source, test, marker }) => ({
    rule: 'test-skipped',
    file: source.path,
    line: marker.line,
    subject: `${test.name}\u0000${marker.text}`,
    message: marker.todo
      ? `\`${marker.text}\` adds \`${test.name}\` as a planned test that does not run yet.`
      : `\`${marker.text}\` added: ${test.suite ? 'the tests of' : 'the test'} \`${test.name}\` no longer ${test.suite ? 'run' : 'runs'} (or ${test.suite ? 'their' : 'its'} failure no longer counts).`,
    details: { test: test.name, marker: marker.text, ...(marker.todo ? { todo: true } : {}) },
  }));
}
