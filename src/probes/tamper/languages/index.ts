// Pure: the facts each language's analyzer reads from a source (languages/paths.ts says which language a path is).
import type { SourceFacts } from '../facts.js';
import { analyzeGo } from './go.js';
import { analyzeJava } from './java.js';
import { analyzeJavaScript } from './javascript.js';
import { analyzePython } from './python.js';
import { analyzeRust } from './rust.js';
import { holdsTests, type Language } from './paths.js';

export function analyze(path: string, text: string, language: Language): SourceFacts {
  const tests = holdsTests(path, language);
  switch (language) {
    case 'javascript':
      return analyzeJavaScript(text, path, { tests });
    case 'python':
      return analyzePython(text, { tests });
    case 'go':
      return analyzeGo(text, { tests });
    case 'rust':
      return analyzeRust(text, { tests });
    case 'java':
      return analyzeJava(text, { tests });
  }
}
