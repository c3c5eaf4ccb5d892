import {DEFAULT_OPTIONS, validateOptions} from '../options';

describe('validateOptions', () => {
  test('defaults', () => {
    expect(validateOptions()).toEqual({onInvalidTranscript: 'warn', prompts: []});
    expect(validateOptions({})).toEqual(DEFAULT_OPTIONS);
  });

  test.each(['ignore', 'log', 'warn', 'throw'] as const)('onInvalidTranscript: %s', (value) => {
    expect(validateOptions({onInvalidTranscript: value}).onInvalidTranscript).toBe(value);
  });

  test('does not mutate its input and returns a fresh copy', () => {
    const input = {prompts: ['mongo>']};
    const out = validateOptions(input);
    expect(input).toEqual({prompts: ['mongo>']});
    out.prompts.push('x');
    expect(input.prompts).toEqual(['mongo>']);
    expect(validateOptions().prompts).not.toBe(validateOptions().prompts);
  });

  test.each([
    [
      {onInvalidTranscript: 'error'},
      'remark-shell-transcript: invalid options: "onInvalidTranscript" must be one of [ignore, log, warn, throw].',
    ],
    [
      {onInvalidTranscript: true},
      'remark-shell-transcript: invalid options: "onInvalidTranscript" must be one of [ignore, log, warn, throw]; "onInvalidTranscript" must be a string.',
    ],
    [{prompts: 'mongo>'}, 'remark-shell-transcript: invalid options: "prompts" must be an array.'],
    [{prompts: ['']}, 'remark-shell-transcript: invalid options: "prompts[0]" is not allowed to be empty.'],
    [
      {prompts: [' x']},
      'remark-shell-transcript: invalid options: "prompts[0]" must not start or end with a space or contain a line break.',
    ],
    [{promtps: []}, 'remark-shell-transcript: invalid options: "promtps" is not allowed.'],
    ['warn', 'remark-shell-transcript: invalid options: "value" must be of type object.'],
  ])('%j', (input, message) => {
    expect(() => validateOptions(input)).toThrow(message);
  });
});
