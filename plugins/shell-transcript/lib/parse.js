"use strict";
/**
 * The transcript parser: turns the text of one code block into prompt /
 * command / output steps. Pure string work, no tree code, so it can be tested
 * table-driven and benchmarked on its own. Regexes here only ever see the
 * lines of a single code block.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SESSION_LANGUAGES = void 0;
exports.isSessionLanguage = isSessionLanguage;
exports.readsAsCommand = readsAsCommand;
exports.unknownPrompt = unknownPrompt;
exports.findHeredocs = findHeredocs;
exports.parseTranscriptDetailed = parseTranscriptDetailed;
exports.parseTranscript = parseTranscript;
/** Languages whose blocks are terminal sessions by definition (compared lower-cased). */
exports.SESSION_LANGUAGES = new Set([
    'console',
    'shell-session',
    'sh-session',
    'shellsession',
    'terminal',
    'pwsh-session',
    'ps1con',
    'doscon',
    'pycon',
]);
// Languages where a line starting with `% ` is a comment, not a zsh prompt.
const PERCENT_COMMENT_LANGUAGES = new Set([
    'tex',
    'latex',
    'matlab',
    'octave',
    'erlang',
    'prolog',
    'postscript',
]);
function isSessionLanguage(lang) {
    return lang != null && exports.SESSION_LANGUAGES.has(lang.toLowerCase());
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Shape bits of a line, computed once per line so that output lines (the
// vast majority) are rejected without running any regex.
const AT = 1; // `@` in the first word
const COLON = 2; // `:` in the first word
const EQ = 4; // `=` in the first word
const GT = 8; // `>` in the first word
const BRACKET = 16; // starts with `[`
const PATH = 32; // starts with `/` or `~`
const PS = 64; // starts with `PS `
const MARIA = 128; // starts with `MariaDB `
const PY = 256; // starts with `>>>`
const DOLLAR = 512; // `$` in the first word
function shapeOf(line, first) {
    let shape = 0;
    if (first === 91)
        shape |= BRACKET;
    else if (first === 47 || first === 126)
        shape |= PATH;
    else if (first === 62 && line.startsWith('>>>'))
        shape |= PY;
    for (let k = 0; k < line.length; k++) {
        const c = line.charCodeAt(k);
        if (c === 64)
            shape |= AT;
        else if (c === 58)
            shape |= COLON;
        else if (c === 61)
            shape |= EQ;
        else if (c === 62)
            shape |= GT;
        else if (c === 36)
            shape |= DOLLAR;
        else if (c === 32 || c === 9) {
            if (k === 2 && line.startsWith('PS '))
                shape |= PS;
            else if (k === 7 && line.startsWith('MariaDB '))
                shape |= MARIA;
            break;
        }
    }
    return shape;
}
const mysqlContinuation = () => /^ *(?:->|'>|">|`>|\/\*>)(?: |$)/;
// Every form is anchored at the start of the line and must be followed by a
// space or the end of the line (checked in matchPrompt). Order matters only
// where forms overlap; the specific ones come before the bare ones.
const PROMPT_FORMS = [
    // [user@host dir]$  [root@node1 ~]#
    { re: /^\[[^\]\s@]+@[^\]]+\][$#]/, kind: 'shell', need: BRACKET | AT },
    // user@host:path$  root@4f2a9c1e77d0:/#
    { re: /^[\w.-]+@[\w.-]+:[^\s$#]*[$#]/, kind: 'shell', need: AT | COLON },
    // user@host$  root@container#
    { re: /^[\w.-]+@[\w.-]+[$#]/, kind: 'shell', need: AT },
    // macOS zsh: user@host dir %
    { re: /^[\w.-]+@[\w.-]+ [^\s%]+ %/, kind: 'shell', need: AT },
    // PowerShell: PS C:\path>  PS /path>
    { re: /^PS (?:[A-Za-z]:\\|\/)[^>]*>/, kind: 'powershell', need: PS },
    // Windows cmd: C:\path>
    { re: /^[A-Za-z]:\\[^>]*>/, kind: 'cmd', need: COLON },
    // Python REPL
    { re: /^>>>/, kind: 'repl', need: PY, continuation: () => /^\.\.\.(?: |$)/ },
    // mysql> and MariaDB [(none)]>
    { re: /^mysql>/, kind: 'repl', need: GT, continuation: mysqlContinuation },
    { re: /^MariaDB \[[^\]]*\]>/, kind: 'repl', need: MARIA, continuation: mysqlContinuation },
    // psql: dbname=#  dbname=>  (also dbname=*# inside a transaction)
    {
        re: /^[\w.-]+=[*!]?[#>]/,
        kind: 'repl',
        need: EQ,
        continuation: (prompt) => {
            const db = prompt.slice(0, prompt.indexOf('='));
            return new RegExp(`^${escapeRegExp(db)}[-'"(*$][#>](?: |$)`);
        },
    },
    // redis-cli: 127.0.0.1:6379>  localhost:6379[1]>
    { re: /^[\w.-]+:\d+(?:\[\d+\])?>/, kind: 'repl', need: COLON | GT },
    // busybox / alpine: / #   /app $   ~ #
    { re: /^[/~]\S* [#$]/, kind: 'shell', need: PATH },
    // PS1='\h$ ': node1$  (a host name, then `$`)
    { re: /^[A-Za-z][\w.-]*\$/, kind: 'shell', need: DOLLAR },
];
/**
 * Commands at a bare `$` prompt that open a root shell with a bare `#` prompt
 * (`podman unshare` alone: a shell as root of the user namespace).
 */
const ROOT_SHELL = /^(?:(?:sudo[ \t]+(?:-i|-s|su(?:[ \t]+(?:-|-l|--login))?)|su(?:[ \t]+(?:-|-l|--login))?)(?:[ \t]+root)?|(?:podman|buildah)[ \t]+unshare)$/;
const LEAVE_SHELL = /^(?:exit|logout)(?:[ \t].*)?$/;
const BLANK = /^[ \t]*$/;
// Spaces and tabs only (String#trim would also eat other whitespace of the
// author's command); plain loops, as an end-anchored regex rescans the line.
const isSpace = (c) => c === 32 || c === 9;
function trimEndSpaces(s) {
    let end = s.length;
    while (end > 0 && isSpace(s.charCodeAt(end - 1)))
        end--;
    return end === s.length ? s : s.slice(0, end);
}
function trimSpaces(s) {
    let start = 0;
    while (start < s.length && isSpace(s.charCodeAt(start)))
        start++;
    return trimEndSpaces(start === 0 ? s : s.slice(start));
}
function followedBySpaceOrEnd(line, length) {
    return line.length === length || line.charCodeAt(length) === 32;
}
// CJK ideographs, kana, hangul, CJK and full-width punctuation: prose, not a command name.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
// A command name (`docker`, `apt-get`), a path (`./run.sh`, `/usr/bin/env`, `~/bin/x`) or an assignment (`FOO=1`).
const COMMAND_WORD = /^(?:[a-z_][\w.+-]*|\.{0,2}\/\S*|~\/\S*|[A-Za-z_]\w*=\S*)$/;
// Words of English prose that commands rarely contain as bare arguments.
const FUNCTION_WORDS = new Set('a an the is are be to of for and or this that these it its you we will should can if then with from in on now here next first'.split(' '));
/**
 * Whether `text` (what follows a bare `#`, or a line without a prompt) reads
 * as a command rather than prose: its first word is a lower-case command
 * name, a path or an assignment; it has no CJK text; it does not end with
 * `:`; and it is not an English sentence: three or more words with two
 * bare function words (`the`, `to`, `is`…), or with one function word or a
 * final period and no shell-like word (`-x`, a path, `=`, quotes, `|`…).
 */
function readsAsCommand(text) {
    const t = trimSpaces(text);
    if (t === '' || t.endsWith(':') || CJK.test(t))
        return false;
    const words = t.split(/[ \t]+/);
    if (!COMMAND_WORD.test(words[0]))
        return false;
    if (words.length < 3)
        return true;
    const rest = words.slice(1);
    const functionWords = rest.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
    if (functionWords >= 2)
        return false;
    if (rest.some((w) => w === '.' || w === '..' || /^-|[/=$|<>&;"'`{}()[\]*\\]/.test(w)))
        return true;
    return !(t.endsWith('.') || functionWords > 0);
}
// oh-my-zsh (robbyrussell): `➜  dir`, `➜  app git:(main) ✗`.
const OH_MY_ZSH = /^\u279c {2}\S+(?: git:\([^)\s]*\))?(?: \u2717)?/;
// A virtualenv / conda prefix before another prompt: `(venv) $`, `(base) user@host:~$`.
const ENV_PREFIX = /^\([\w.@-]+\) /;
function matchPrompt(line, state) {
    const first = line.charCodeAt(0);
    if (Number.isNaN(first) || first === 32 || first === 9)
        return null;
    for (const custom of state.prompts) {
        if (custom && line.startsWith(custom) && followedBySpaceOrEnd(line, custom.length)) {
            return { prompt: custom, rest: line.slice(custom.length + 1), kind: 'shell' };
        }
    }
    if (first === 40 /* ( */) {
        const env = ENV_PREFIX.exec(line);
        const inner = env && line.charCodeAt(env[0].length) !== 40 ? matchPrompt(line.slice(env[0].length), state) : null;
        return inner && inner.kind !== 'repl' ? { ...inner, prompt: env[0] + inner.prompt } : null;
    }
    if (first === 0x279c /* ➜ */) {
        const m = OH_MY_ZSH.exec(line);
        if (m && followedBySpaceOrEnd(line, m[0].length))
            return { prompt: m[0], rest: line.slice(m[0].length + 1), kind: 'shell' };
    }
    // ➜ alone, starship / pure `❯`, `λ`: one-character prompts like `$`.
    if ((first === 0x279c || first === 0x276f || first === 0x3bb) && followedBySpaceOrEnd(line, 1)) {
        return { prompt: line[0], rest: line.slice(2), kind: 'bare' };
    }
    const shape = shapeOf(line, first);
    if (shape !== 0) {
        for (const form of PROMPT_FORMS) {
            if ((shape & form.need) !== form.need)
                continue;
            if (form.need === PY && !state.python)
                continue;
            const m = form.re.exec(line);
            if (m && followedBySpaceOrEnd(line, m[0].length)) {
                return {
                    prompt: m[0],
                    rest: line.slice(m[0].length + 1),
                    kind: form.kind,
                    continuation: form.continuation?.(m[0]),
                };
            }
        }
    }
    // Bare prompts: `$` and `%` always; `#` only inside a bare root session,
    // and only when a command follows (`# 注释` there is still a comment).
    if ((first === 36 /* $ */ || first === 37) /* % */ && followedBySpaceOrEnd(line, 1)) {
        return { prompt: line[0], rest: line.slice(2), kind: 'bare' };
    }
    if (first === 35 /* # */ && state.bareRoot && followedBySpaceOrEnd(line, 1)) {
        const rest = line.slice(2);
        if (trimSpaces(rest) === '' || readsAsCommand(rest))
            return { prompt: '#', rest, kind: 'bare' };
    }
    return null;
}
/**
 * A shell comment at the start of a line that is not a prompt: `#` then a
 * space, a tab, another `#` or the end of the line. BuildKit's plain progress
 * (`#5 DONE 0.1s`) and `#!` lines are not comments.
 */
const isComment = (line) => {
    if (line.charCodeAt(0) !== 35)
        return false;
    const next = line.charCodeAt(1);
    return Number.isNaN(next) || next === 32 || next === 9 || next === 35;
};
/**
 * A prompt the parser does not know, for the diagnostic: the first word of a
 * line when it ends like a prompt (`mongo>`, `irb(main):001:0>`, `sqlite>`).
 */
function unknownPrompt(line) {
    const m = /^(\S{1,40}?[>$#%\]:»❯])[ \t]\S/.exec(line);
    return m && !/^[-#>|]/.test(m[1]) ? m[1] : null;
}
/** An odd number of trailing backslashes: the newline is escaped. */
function endsWithEscape(line) {
    let n = 0;
    for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92; i--)
        n++;
    return n % 2 === 1;
}
function shellContinues(line) {
    const t = trimEndSpaces(line);
    return endsWithEscape(t) || t.endsWith('|') || t.endsWith('&&');
}
/**
 * Heredoc openers on one command line, in order. A small lexer skips quoted
 * strings, escapes, comments and `$(( ))` arithmetic, so `echo "<<EOF"` or
 * `$((1<<2))` open nothing; `<<<` (here-string) is not a heredoc, nor is a
 * `<<word>>` template placeholder (write `<<EOF >>file` to append).
 */
function findHeredocs(line) {
    const found = [];
    let arithmetic = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\') {
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                break;
            i = end;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < line.length && line[j] !== '"')
                j += line[j] === '\\' ? 2 : 1;
            i = j;
        }
        else if (c === '#' && (i === 0 || /[ \t;|&(]/.test(line[i - 1]))) {
            break;
        }
        else if (c === '$' && line.startsWith('$((', i)) {
            arithmetic++;
            i += 2;
        }
        else if (c === ')' && arithmetic > 0 && line[i + 1] === ')') {
            arithmetic--;
            i++;
        }
        else if (c === '<' && line[i + 1] === '<' && arithmetic === 0) {
            if (line[i + 2] === '<') {
                i += 2;
                continue;
            }
            let j = i + 2;
            const stripTabs = line[j] === '-';
            if (stripTabs)
                j++;
            while (line[j] === ' ' || line[j] === '\t')
                j++;
            let word = '';
            // The word may mix quoted and unquoted parts: 'EOF', "EOF", \EOF, E"O"F.
            while (j < line.length && !/[ \t;|&<>()]/.test(line[j])) {
                const q = line[j];
                if (q === "'" || q === '"') {
                    const end = line.indexOf(q, j + 1);
                    if (end < 0) {
                        word += line.slice(j + 1);
                        j = line.length;
                        break;
                    }
                    word += line.slice(j + 1, end);
                    j = end + 1;
                }
                else if (q === '\\' && j + 1 < line.length) {
                    word += line[j + 1];
                    j += 2;
                }
                else {
                    word += q;
                    j++;
                }
            }
            // `<<subcommand>>` is a placeholder in a template, not a heredoc.
            const placeholder = line[j] === '>' && line[j + 1] === '>';
            if (word && !placeholder)
                found.push({ word, stripTabs });
            i = placeholder ? j + 1 : j - 1;
        }
    }
    return found;
}
const FIRST_LINE_REASON = 'its first line does not start with a prompt such as `$ `, `# ` or `[user@host dir]$ `';
/** Languages where `>>>` starts a Python REPL (besides the session languages). */
const PYTHON_LANGUAGES = new Set(['python', 'py', 'python3', 'pycon', 'ipython']);
/**
 * Lines without a prompt that may come before the first prompt of a session
 * block: commands that set up the shell and print nothing, which is why
 * authors paste them bare.
 */
const SETUP_COMMAND = /^(?:export|cd|source|alias|unset|set|ulimit|umask|\.|[A-Za-z_]\w*=\S*)(?:[ \t]|$)/;
/** Commands whose output may well be nothing but `#` lines (a config file). */
const SHOWS_FILE = /^(?:sudo[ \t]+)?(?:cat|tac|nl|head|tail|less|more|bat|grep|egrep|sed|awk|type|Get-Content)(?:[ \t]|$)/;
function firstLineFailure(line, lineNumber, after = 'start') {
    const unknown = unknownPrompt(line);
    const reason = after === 'start'
        ? FIRST_LINE_REASON
        : after === 'comments'
            ? 'its first line after the comments does not start with a prompt such as `$ `, `# ` or `[user@host dir]$ `'
            : 'a line before the first prompt has no prompt and is not a setup command (`export`, `cd`, `VAR=value`…)';
    return fail(unknown ? `${reason}; if \`${unknown}\` is the prompt, add \`prompt="${unknown}"\` to the fence's meta` : reason, lineNumber);
}
/** Parses and explains failures; `parseTranscript` is the plain API on top. */
function parseTranscriptDetailed(source, options = {}) {
    const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    const lang = options.lang?.toLowerCase() ?? '';
    const session = exports.SESSION_LANGUAGES.has(lang);
    // A bare `#` may open a root session in session languages and in untagged
    // blocks (where docs such as man pages paste root sessions); in `bash` and
    // other languages it is a comment.
    const rootHash = session || lang === '';
    const state = { bareRoot: false, python: session || PYTHON_LANGUAGES.has(lang), prompts: options.prompts ?? [] };
    // Most code blocks are not sessions: look at the first non-blank line
    // before splitting the whole block.
    let start = 0;
    let skipped = 0;
    for (;;) {
        const end = text.indexOf('\n', start);
        const line = end < 0 ? text.slice(start) : text.slice(start, end);
        if (!BLANK.test(line)) {
            const possible = isComment(line) ||
                matchPrompt(line, { ...state, bareRoot: rootHash }) !== null ||
                (session && SETUP_COMMAND.test(line));
            if (!possible)
                return firstLineFailure(line, skipped + 1);
            break;
        }
        if (end < 0)
            return fail('the block is empty', 1);
        start = end + 1;
        skipped++;
    }
    const lines = text.split('\n');
    const n = lines.length;
    // Where each line starts in `text`, so an output is one slice of the
    // block's text rather than a copy joined back from its lines.
    const starts = new Array(n + 1);
    starts[0] = 0;
    for (let k = 0; k < n; k++)
        starts[k + 1] = starts[k] + lines[k].length + 1;
    const steps = [];
    // Runs of comment lines between `from` and `to`, one comment step each.
    const pushComments = (from, to) => {
        for (let k = from; k < to;) {
            if (!isComment(lines[k])) {
                k++;
                continue;
            }
            const run = k;
            while (k < to && isComment(lines[k]))
                k++;
            steps.push({ prompt: '', command: lines.slice(run, k).join('\n'), output: '', kind: 'comment' });
        }
    };
    // Before the first prompt: comments and (in session languages) setup
    // commands without a prompt. When only comments come before a prompt, they
    // are comments whatever they say; otherwise a `# …` line that reads as a
    // command opens a bare root session.
    let i = skipped;
    let j = i;
    while (j < n && (BLANK.test(lines[j]) || isComment(lines[j])))
        j++;
    const commentsThenPrompt = j < n && matchPrompt(lines[j], state) !== null;
    let match = null;
    let leading = i;
    while (i < n) {
        const line = lines[i];
        if (BLANK.test(line)) {
            i++;
            continue;
        }
        match = matchPrompt(line, state);
        if (match)
            break;
        if (isComment(line)) {
            // Untagged blocks also want two words (`# install` there heads a script).
            if (rootHash && !commentsThenPrompt && (session || /^#[ \t]+\S+[ \t]+\S/.test(line))) {
                match = matchPrompt(line, { ...state, bareRoot: true });
                if (match) {
                    state.bareRoot = true;
                    break;
                }
            }
            i++;
            continue;
        }
        if (!(session && SETUP_COMMAND.test(line))) {
            return firstLineFailure(line, i + 1, steps.length > 0 ? 'setup' : i > skipped ? 'comments' : 'start');
        }
        pushComments(leading, i);
        const commandLines = [trimSpaces(line)];
        const read = readContinuation(lines, i + 1, { prompt: '', rest: line, kind: 'shell' }, commandLines);
        if ('failure' in read)
            return { ok: false, failure: read.failure };
        steps.push({ prompt: '', command: commandLines.join('\n'), output: '' });
        i = leading = read.next;
    }
    if (!match) {
        return steps.length > 0
            ? fail('no line starts with a prompt such as `$ `', skipped + 1)
            : fail('it has comments but no line starting with a prompt such as `$ `', skipped + 1);
    }
    if (match.kind === 'bare' && match.prompt === '%' && PERCENT_COMMENT_LANGUAGES.has(lang)) {
        return fail(`its first line is a comment in ${lang}`, i + 1);
    }
    if (match.kind === 'bare' && match.prompt === '#')
        state.bareRoot = true;
    pushComments(leading, i);
    const firstPrompt = i;
    while (match) {
        const commandLines = [trimSpaces(match.rest)];
        i++;
        const read = readContinuation(lines, i, match, commandLines);
        if ('failure' in read)
            return { ok: false, failure: read.failure };
        i = read.next;
        const command = commandLines.join('\n');
        if (match.kind === 'bare') {
            if (match.prompt === '$' && ROOT_SHELL.test(command))
                state.bareRoot = true;
            else if (match.prompt === '#' && LEAVE_SHELL.test(command))
                state.bareRoot = false;
        }
        const outputStart = i;
        let next = null;
        while (i < n && !(next = matchPrompt(lines[i], state)))
            i++;
        let outputEnd = i;
        // Comment lines right before the next prompt belong to it; after a
        // command that shows a file (`cat`, `grep`…) only those after a blank line.
        let commentsFrom = -1;
        if (next) {
            let c = i;
            while (c > outputStart && (BLANK.test(lines[c - 1]) || isComment(lines[c - 1])))
                c--;
            if (SHOWS_FILE.test(command))
                while (c < i && !BLANK.test(lines[c]))
                    c++;
            commentsFrom = c;
            let k = commentsFrom;
            while (k < i && !isComment(lines[k]))
                k++;
            if (k === i)
                commentsFrom = -1;
            else
                outputEnd = commentsFrom;
        }
        while (outputEnd > outputStart && BLANK.test(lines[outputEnd - 1]))
            outputEnd--;
        const output = outputEnd > outputStart ? text.slice(starts[outputStart], starts[outputEnd] - 1) : '';
        steps.push({ prompt: match.prompt, command, output });
        if (commentsFrom >= 0)
            pushComments(commentsFrom, i);
        match = next;
    }
    if (!steps.some((s) => s.kind === undefined && s.command !== '')) {
        return fail('its first prompt has no command', firstPrompt + 1);
    }
    return { ok: true, steps };
}
function fail(reason, line) {
    return { ok: false, failure: { reason, line } };
}
/**
 * Appends the continuation lines of the command that starts at `lines[start - 1]`.
 * Returns the index of the first line after the command.
 */
function readContinuation(lines, start, match, out) {
    let i = start;
    if (match.kind === 'repl') {
        const re = match.continuation;
        if (!re)
            return { next: i };
        while (i < lines.length) {
            const m = re.exec(lines[i]);
            if (!m)
                break;
            out.push(lines[i].slice(m[0].length));
            i++;
        }
        return { next: i };
    }
    if (match.kind === 'powershell' || match.kind === 'cmd') {
        const ps = match.kind === 'powershell';
        const ps2 = ps ? '>>' : 'More?';
        let line = out[0];
        while (i < lines.length && (ps ? /[`|]$/ : /\^$/).test(trimEndSpaces(line))) {
            line = stripPrefix(lines[i], ps2);
            out.push(line);
            i++;
        }
        return { next: i };
    }
    // POSIX shells. PS2 is stripped only when the first continuation line shows
    // it, so a heredoc whose own text starts with `> ` survives when pasted bare.
    let ps2;
    const takeLine = () => {
        const raw = lines[i++];
        if (ps2 === undefined)
            ps2 = raw === '>' || raw.startsWith('> ');
        return ps2 ? stripPrefix(raw, '>') : raw;
    };
    let heredocs = findHeredocs(out[0]);
    let more = shellContinues(out[0]);
    while (heredocs.length > 0 || more) {
        if (heredocs.length > 0) {
            const opener = i;
            for (const doc of heredocs) {
                for (;;) {
                    if (i >= lines.length) {
                        return { failure: { reason: `the heredoc <<${doc.word} is never closed`, line: opener } };
                    }
                    const line = takeLine();
                    out.push(line);
                    if ((doc.stripTabs ? line.replace(/^\t+/, '') : line) === doc.word)
                        break;
                }
            }
            heredocs = [];
            continue;
        }
        if (i >= lines.length)
            break;
        const line = takeLine();
        out.push(line);
        heredocs = findHeredocs(line);
        more = shellContinues(line);
    }
    return { next: i };
}
/** Removes a PS2 prefix (`> `, `>> `, `More? `) or a bare one on an empty line. */
function stripPrefix(line, prefix) {
    if (line === prefix)
        return '';
    if (line.startsWith(prefix + ' '))
        return line.slice(prefix.length + 1);
    return line;
}
/**
 * Parses a terminal session into steps, or returns `null` when the text is
 * not a transcript (it then stays an ordinary code block).
 */
function parseTranscript(source, options) {
    const result = parseTranscriptDetailed(source, options);
    return result.ok ? result.steps : null;
}
