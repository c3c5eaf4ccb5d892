/**
 * A second, deliberately simple reading of a code block, written apart from
 * the parser (plugins/shell-transcript/src/parse.ts) so the two can be
 * compared: where they disagree, a person decides what the block is and the
 * decision goes into reviewed.ts. It knows explicit prompts only; a bare `#`
 * is a prompt only before a well-known command name in a session language
 * or an untagged block.
 */

const SESSION = new Set([
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
const PYTHON = new Set(['pycon', 'python', 'py', 'python3']);

const PROMPTS: readonly RegExp[] = [
  /^[$%](?= |$)/,
  /^\[[^\]\s@]+@[^\]]+\][$#](?= |$)/,
  /^[\w.-]+@[\w.-]+:[^\s$#]*[$#](?= |$)/,
  /^[\w.-]+@[\w.-]+ \S+ [%$#](?= |$)/,
  /^➜ {2}\S+(?: git:\([^)]*\))?(?: ✗)?(?= |$)/,
  /^[➜❯λ](?= |$)/,
  /^\([\w.-]+\) [$%](?= |$)/,
  /^PS [^>]*>(?= |$)/,
  /^[A-Z]:\\[^>]*>(?= |$)/,
  /^[/~]\S* [#$](?= |$)/,
  /^(?:mysql|MariaDB \[[^\]]*\])>(?= |$)/,
  /^[\w.-]+=[#>](?= |$)/,
  /^[\w.-]+:\d+>(?= |$)/,
];

// Command names a root prompt `# ` is followed by in the corpus's sessions.
const KNOWN =
  /^(?:docker|dockerd|podman|buildah|kubectl|kubeadm|karmadactl|nerdctl|ctr|crictl|systemctl|service|journalctl|apt|apt-get|yum|dnf|apk|cat|ls|cd|echo|mkdir|rm|cp|mv|vi|vim|curl|wget|ps|id|whoami|hostname|ip|ifconfig|mount|umount|chmod|chown|export|env|find|grep|tail|head|touch|ln|useradd|passwd|sysctl|modprobe|iptables|nsenter|unshare|chroot|runc|tar|make|git|exit|uname|df|du|free|top|kill|ping|ssh|scp|su|sudo|\.?\/\S+)(?: |$)/;

function promptOf(line: string, lang: string): string | null {
  for (const re of PROMPTS) {
    const m = re.exec(line);
    if (m) return m[0];
  }
  if (PYTHON.has(lang) || SESSION.has(lang)) {
    if (/^>>>(?= |$)/.test(line)) return '>>>';
  }
  if ((SESSION.has(lang) || lang === '') && /^#(?= )/.test(line) && KNOWN.test(line.slice(2))) return '#';
  return null;
}

const continues = (line: string): boolean => {
  const t = line.replace(/[ \t]+$/, '');
  const slashes = /\\+$/.exec(t)?.[0].length ?? 0;
  return slashes % 2 === 1 || /(?:\||&&)$/.test(t);
};

/** The word of the first heredoc opened on `line` outside quotes and comments. */
function heredocWord(line: string): string | null {
  const re = /<<-?[ \t]*(['"]?)([A-Za-z_][\w-]*)\1(?![\w>-])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (line[m.index - 1] === '<') continue;
    const before = line.slice(0, m.index);
    if ((before.split("'").length - 1) % 2 === 1 || (before.split('"').length - 1) % 2 === 1) continue;
    if (/(?:^|\s)#/.test(before)) return null;
    return m[2];
  }
  return null;
}

/** The commands of the block, in order, or `null` when it has no prompt line. */
export function oracleCommands(value: string, lang: string | null): string[] | null {
  const language = (lang ?? '').toLowerCase();
  const lines = value.replace(/\r\n?/g, '\n').split('\n');
  const commands: string[] = [];
  let sawPrompt = false;
  for (let i = 0; i < lines.length; i++) {
    const prompt = promptOf(lines[i], language);
    if (prompt === null) continue;
    sawPrompt = true;
    const parts = [lines[i].slice(prompt.length + 1).replace(/^[ \t]+|[ \t]+$/g, '')];
    const strip = (l: string) => (l === '>' ? '' : l.startsWith('> ') ? l.slice(2) : l);
    if (prompt === '>>>' || /[>=]$/.test(prompt)) {
      while (i + 1 < lines.length && /^(?:\.\.\.|\s*->)(?: |$)/.test(lines[i + 1]))
        parts.push(lines[++i].replace(/^(?:\.\.\.|\s*->) ?/, ''));
    } else {
      let last = parts[0];
      for (;;) {
        const doc = heredocWord(last);
        if (doc) {
          while (i + 1 < lines.length) {
            const l = strip(lines[++i]);
            parts.push(l);
            if (l.replace(/^\t+/, '') === doc) break;
          }
          last = parts[parts.length - 1];
          if (!continues(last)) break;
        }
        if (!continues(last) || i + 1 >= lines.length) break;
        last = strip(lines[++i]);
        parts.push(last);
      }
    }
    const command = parts.join('\n');
    if (command !== '') commands.push(command);
  }
  return sawPrompt && commands.length > 0 ? commands : null;
}
