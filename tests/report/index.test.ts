import { describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter } from '../../src/report/index.js';
import { context, message, result } from './results.js';

describe('loadFormatter', () => {
  it('knows the five formats', () => {
    expect([...formatterNames]).toEqual(['stylish', 'json', 'sarif', 'github', 'html']);
  });

  it('loads each one as a function of (results, context) → string', async () => {
    const results = [result('a.md', [message({ line: 1, column: 1 })])];
    for (const name of formatterNames) {
      const formatter = await loadFormatter(name);
      const output = formatter(results, context());
      expect(typeof output).toBe('string');
      expect(output.length).toBeGreaterThan(0);
    }
  });

  it('rejects an unknown name and lists the valid ones', async () => {
    await expect(loadFormatter('xml')).rejects.toThrow('Unknown format "xml". Valid formats: stylish, json, sarif, github, html.');
    await expect(loadFormatter('toString')).rejects.toThrow(/Unknown format/);
  });
});
