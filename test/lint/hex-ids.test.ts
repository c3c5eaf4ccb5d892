/**
 * The pure core of `hex-id`: which values look hand-typed, what kind of object
 * a line names, and which values two pages share.
 */
import fc from 'fast-check';
import {
  crossPageProblems,
  findHexTokens,
  handTypedPattern,
  pageProblems,
  type PageHexIds,
} from '../../scripts/content-lint/hex-ids';

const hexDigit = fc.constantFrom(...'0123456789abcdef');
const hex = (length: number): fc.Arbitrary<string> =>
  fc.array(hexDigit, {minLength: length, maxLength: length}).map((digits) => digits.join(''));

function page(file: string, text: string): PageHexIds {
  return {
    file,
    tokens: findHexTokens(text, true).map((token) => ({
      ...token,
      place: {line: token.line + 1, column: token.column + 1},
    })),
  };
}

describe('handTypedPattern', () => {
  it.each([
    ['0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9', 'interleaved'],
    ['9f3c2b7a41d85e0c6a1f2d3b4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70', 'interleaved'],
    ['abcdef012345', 'sequential'],
    ['7f6e5d4c3b2a', 'interleaved'],
    ['c8e4a0f6b2d94e0a6c2f8b4d0e6a2c8f4b0d6e2a8c4f0b6d2e8a4c0f6b2d8e4a', 'repeated'],
    ['2d61f3b0e7a94c8d5b1e6f2a3c9d7b4e8f0a1c5d3b7e9f2a4c6d8b0e1f3a5c7d', 'alternate'],
    ['3f0000091c2d', 'repeated'],
  ])('flags %s (%s)', (value, reason) => {
    expect(handTypedPattern(value)).toContain(reason);
  });

  it.each(['28402db69fec7c17e179ea87882667f1e054391138f77ffaf0c3eb388efc3ffb', '3b25b682ea82', '4f2a9c1e77d0'])(
    'lets %s through',
    (value) => {
      expect(handTypedPattern(value)).toBeUndefined();
    },
  );

  it('flags any value that contains an ascending run of five digits', () => {
    fc.assert(
      fc.property(hex(59), fc.integer({min: 0, max: 59}), fc.integer({min: 0, max: 11}), (rest, at, first) => {
        const run = [0, 1, 2, 3, 4].map((step) => (first + step).toString(16)).join('');
        expect(handTypedPattern(rest.slice(0, at) + run + rest.slice(at))).toBeDefined();
      }),
    );
  });

  it('lets most random 64-digit values through', () => {
    const samples = fc.sample(hex(64), {numRuns: 2000, seed: 42});
    const flagged = samples.filter((value) => handTypedPattern(value) !== undefined).length;
    expect(flagged).toBeLessThan(samples.length * 0.02);
  });
});

describe('findHexTokens', () => {
  it('names the object from the command and the line', () => {
    const text = [
      '$ docker pull nginx:1.27',
      'Digest: sha256:28402db69fec7c17e179ea87882667f1e054391138f77ffaf0c3eb388efc3ffb',
      '$ docker run -d nginx:1.27',
      '5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c',
      '$ docker images -q nginx',
      '3b25b682ea82',
      '$ docker volume ls',
      'local     e2c8743584976d80c24d292483e041b369db3a89d2241dafe64c185b2406cf20',
      'root@5d3b9e41c07a:/# exit',
      '8c2e1f3d4a5b: Pull complete',
    ].join('\n');
    expect(findHexTokens(text, true).map((token) => `${token.key} ${token.kind}`)).toEqual([
      '28402db69fec digest',
      '5d3b9e41c07a container',
      '3b25b682ea82 image',
      'e2c874358497 volume',
      '5d3b9e41c07a container',
      '8c2e1f3d4a5b layer',
    ]);
  });

  it('does not take numbers, words or longer hex runs for IDs', () => {
    expect(findHexTokens('202410081230 deadbeefcafe 1a2b3c4d5e6f7a8b9c0d', false)).toEqual([]);
  });

  it('finds a container ID inside an error message as a container, not a volume', () => {
    const text = [
      '$ docker volume rm data',
      'Error response from daemon: remove data: volume is in use - [5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c]',
    ].join('\n');
    expect(findHexTokens(text, true).map((token) => token.kind)).toEqual(['other']);
  });
});

describe('pageProblems', () => {
  it('reports a value used for two kinds of object, at its second use', () => {
    const text = [
      '$ docker pull nginx:1.27',
      'Digest: sha256:5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c',
      '$ docker run -d nginx:1.27',
      '5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c',
    ].join('\n');
    const problems = pageProblems(page('docs/a.md', text));
    expect(problems.map((problem) => `${problem.line}:${problem.column}`)).toEqual(['4:1']);
    expect(problems[0].message).toContain('a container ID here but a digest on line 2');
  });

  it('accepts a short ID that is the prefix of its full ID', () => {
    const text = [
      '$ docker run -d nginx:1.27',
      '5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c',
      '$ docker ps -q',
      '5d3b9e41c07a',
    ].join('\n');
    expect(pageProblems(page('docs/a.md', text))).toEqual([]);
  });
});

describe('crossPageProblems', () => {
  it('reports a value on every page after the first, once per page', () => {
    const value = '5d3b9e41c07a8f26e3b14c9d70a2e58f1b6c3d97e4a0f52b8c16d3e97f0a4b2c';
    const problems = crossPageProblems([
      page('docs/b.md', `${value}\n${value.slice(0, 12)}`),
      page('docs/a.md', `x\n${value}`),
      page('docs/c.md', value.slice(0, 12)),
    ]);
    expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual(['docs/b.md:1', 'docs/c.md:1']);
    expect(problems[0].message).toContain('docs/a.md:2');
  });

  it('finds nothing when every page has its own values', () => {
    fc.assert(
      fc.property(fc.uniqueArray(hex(64), {minLength: 1, maxLength: 8, selector: (v) => v.slice(0, 12)}), (values) => {
        const pages = values.map((value, index) => page(`docs/p${index}.md`, value));
        expect(crossPageProblems(pages)).toEqual([]);
      }),
    );
  });
});
