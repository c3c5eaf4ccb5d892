/**
 * Table-driven tests of the parser, one group per rule of issue 4 §1.
 */
import {parseTranscript, parseTranscriptDetailed, findHeredocs, type TranscriptStep} from '../parse';

type Case = [name: string, source: string, lang: string | undefined, expected: TranscriptStep[] | null];
const step = (prompt: string, command: string, output = ''): TranscriptStep => ({prompt, command, output});

function run(cases: Case[]): void {
  test.each(cases)('%s', (_name, source, lang, expected) => {
    expect(parseTranscript(source, lang === undefined ? undefined : {lang})).toEqual(expected);
  });
}

describe('line endings and leading blank lines', () => {
  run([
    ['CRLF becomes LF', '$ ls\r\na\r\nb\r\n', 'console', [step('$', 'ls', 'a\nb')]],
    ['lone CR becomes LF', '$ ls\ra\rb', 'console', [step('$', 'ls', 'a\nb')]],
    ['leading blank lines are ignored', '\n  \n\t\n$ ls\na', 'console', [step('$', 'ls', 'a')]],
    ['empty block is not a transcript', '', 'console', null],
    ['blank-only block is not a transcript', '\n \n', 'console', null],
  ]);
});

describe('session languages and other languages', () => {
  const sessionLanguages = [
    'console',
    'shell-session',
    'sh-session',
    'shellsession',
    'terminal',
    'pwsh-session',
    'ps1con',
    'doscon',
    'pycon',
    'CONSOLE',
    'Shell-Session',
  ];
  test.each(sessionLanguages)('%s: a bare # prompt starts a transcript', (lang) => {
    expect(parseTranscript('# id\nuid=0(root)', {lang})).toEqual([step('#', 'id', 'uid=0(root)')]);
  });
  run([
    ['bash: $ starts a transcript', '$ ls\na', 'bash', [step('$', 'ls', 'a')]],
    ['sh: $ starts a transcript', '$ ls', 'sh', [step('$', 'ls')]],
    ['shell: % starts a transcript', '% ls', 'shell', [step('%', 'ls')]],
    ['untagged: $ starts a transcript', '$ ls\na', undefined, [step('$', 'ls', 'a')]],
    ['bash: a bare # never starts a transcript', '# ls\na', 'bash', null],
    ['untagged: a bare # never starts a transcript', '# install\napt-get install x', undefined, null],
    ['bash: a script is not a transcript', 'echo hi\n$ ls', 'bash', null],
    ['console: first line must be a prompt', 'total 0\n$ ls', 'console', null],
    ['console: an empty first prompt is a step', '$\n$ ls', 'console', [step('$', ''), step('$', 'ls')]],
    ['tex: % is a comment there', '% comment\n\\begin{x}', 'tex', null],
    ['a prompt must be at column 0', '  $ ls', 'console', null],
    ['a prompt must be followed by a space', '$ls', 'console', null],
  ]);
});

describe('prompt forms', () => {
  run([
    ['bare $', '$ docker ps', 'console', [step('$', 'docker ps')]],
    ['bare %', '% docker ps', 'console', [step('%', 'docker ps')]],
    ['bare # (console)', '# docker ps', 'console', [step('#', 'docker ps')]],
    ['bracketed $', '[alice@node1 ~]$ id', 'console', [step('[alice@node1 ~]$', 'id')]],
    [
      'bracketed #',
      '[root@localhost docker]# systemctl start docker',
      'bash',
      [step('[root@localhost docker]#', 'systemctl start docker')],
    ],
    ['debian user@host:path$', 'alice@web01:~/app$ make', 'bash', [step('alice@web01:~/app$', 'make')]],
    ['debian user@host:path#', 'root@web01:/etc# ls', 'bash', [step('root@web01:/etc#', 'ls')]],
    [
      'container shell',
      'root@4f2a9c1e77d0:/# hostname\n4f2a9c1e77d0',
      'console',
      [step('root@4f2a9c1e77d0:/#', 'hostname', '4f2a9c1e77d0')],
    ],
    [
      'macOS zsh',
      'alice@MacBook-Pro ~ % brew install colima',
      'console',
      [step('alice@MacBook-Pro ~ %', 'brew install colima')],
    ],
    ['busybox root /', '/ # ls /\nbin', 'console', [step('/ #', 'ls /', 'bin')]],
    ['busybox path $', '/app $ node server.js', 'console', [step('/app $', 'node server.js')]],
    ['busybox home', '~ # cd /', 'console', [step('~ #', 'cd /')]],
    [
      'PowerShell drive',
      'PS C:\\Users\\me> docker version',
      'pwsh-session',
      [step('PS C:\\Users\\me>', 'docker version')],
    ],
    ['PowerShell with spaces in path', 'PS C:\\Program Files> dir', 'ps1con', [step('PS C:\\Program Files>', 'dir')]],
    ['PowerShell unix path', 'PS /home/me> Get-ChildItem', 'pwsh-session', [step('PS /home/me>', 'Get-ChildItem')]],
    ['cmd', 'C:\\Users\\me>docker ps', 'doscon', null],
    [
      'cmd with space',
      'C:\\Users\\me> docker ps\nCONTAINER ID',
      'doscon',
      [step('C:\\Users\\me>', 'docker ps', 'CONTAINER ID')],
    ],
    [
      'cmd drive root',
      'C:\\> dir C:\\\n Volume in drive C',
      'doscon',
      [step('C:\\>', 'dir C:\\', ' Volume in drive C')],
    ],
    ['python', '>>> 1 + 1\n2', 'pycon', [step('>>>', '1 + 1', '2')]],
    ['mysql', 'mysql> SHOW DATABASES;\n+----+', 'console', [step('mysql>', 'SHOW DATABASES;', '+----+')]],
    ['MariaDB', 'MariaDB [(none)]> SELECT 1;', 'console', [step('MariaDB [(none)]>', 'SELECT 1;')]],
    ['psql superuser', 'postgres=# \\l', 'console', [step('postgres=#', '\\l')]],
    ['psql user', 'app=> SELECT now();', 'console', [step('app=>', 'SELECT now();')]],
    ['redis-cli', '127.0.0.1:6379> PING\nPONG', 'console', [step('127.0.0.1:6379>', 'PING', 'PONG')]],
    [
      'redis-cli db index',
      'localhost:6379[1]> KEYS *\n(empty array)',
      'console',
      [step('localhost:6379[1]>', 'KEYS *', '(empty array)')],
    ],
    ['prompt returned exactly, command trimmed', '$    ls -l   \t', 'console', [step('$', 'ls -l')]],
    ['custom prompt', 'mongo> db.stats()\n{ ok: 1 }', 'console', null],
  ]);
  test('custom prompt through options.prompts', () => {
    expect(
      parseTranscript('mongo> db.stats()\n{ ok: 1 }\nmongo> exit', {lang: 'console', prompts: ['mongo>']}),
    ).toEqual([step('mongo>', 'db.stats()', '{ ok: 1 }'), step('mongo>', 'exit')]);
  });
});

describe('bare # and root shells', () => {
  run([
    [
      '# lines are output outside a root session',
      '$ cat /etc/fstab\n# /etc/fstab: static file system information.\n#\nUUID=x / ext4 defaults 0 1',
      'console',
      [step('$', 'cat /etc/fstab', '# /etc/fstab: static file system information.\n#\nUUID=x / ext4 defaults 0 1')],
    ],
    [
      'first prompt # makes a root session',
      '# id -u\n0\n# whoami\nroot',
      'console',
      [step('#', 'id -u', '0'), step('#', 'whoami', 'root')],
    ],
    [
      'sudo -i opens a root session',
      '$ sudo -i\n# id -u\n0',
      'console',
      [step('$', 'sudo -i'), step('#', 'id -u', '0')],
    ],
    ['sudo -s opens a root session', '$ sudo -s\n# id -u', 'console', [step('$', 'sudo -s'), step('#', 'id -u')]],
    ['sudo su opens a root session', '$ sudo su\n# id -u', 'console', [step('$', 'sudo su'), step('#', 'id -u')]],
    ['sudo su - opens a root session', '$ sudo su -\n# id -u', 'console', [step('$', 'sudo su -'), step('#', 'id -u')]],
    [
      'su opens a root session',
      '$ su\nPassword:\n# id -u',
      'console',
      [step('$', 'su', 'Password:'), step('#', 'id -u')],
    ],
    [
      'su - opens a root session',
      '$ su -\nPassword:\n# id -u',
      'console',
      [step('$', 'su -', 'Password:'), step('#', 'id -u')],
    ],
    [
      'root session works in bash blocks too',
      '$ sudo -i\n# id -u\n0',
      'bash',
      [step('$', 'sudo -i'), step('#', 'id -u', '0')],
    ],
    [
      'exit ends the root session',
      '$ sudo -i\n# exit\nlogout\n$ cat x\n# not a prompt',
      'console',
      [step('$', 'sudo -i'), step('#', 'exit', 'logout'), step('$', 'cat x', '# not a prompt')],
    ],
    ['logout ends the root session', '# logout\n# still output', 'console', [step('#', 'logout', '# still output')]],
    ['sudo with a command opens nothing', '$ sudo ls\n# x', 'console', [step('$', 'sudo ls', '# x')]],
    [
      'a root opener at a non-bare prompt opens nothing',
      '[a@b ~]$ sudo -i\n# x',
      'console',
      [step('[a@b ~]$', 'sudo -i', '# x')],
    ],
  ]);
});

describe('command continuation', () => {
  run([
    [
      'trailing backslash',
      '$ docker run \\\n  -d \\\n  nginx\nabc123',
      'console',
      [step('$', 'docker run \\\n  -d \\\n  nginx', 'abc123')],
    ],
    ['escaped backslash does not continue', '$ echo \\\\\n\\', 'console', [step('$', 'echo \\\\', '\\')]],
    ['three backslashes continue', '$ echo \\\\\\\nx', 'console', [step('$', 'echo \\\\\\\nx')]],
    [
      'trailing pipe',
      '$ ps aux |\n  grep dockerd\nroot 1',
      'console',
      [step('$', 'ps aux |\n  grep dockerd', 'root 1')],
    ],
    [
      'trailing &&',
      '$ apt update &&\napt install -y docker.io\nok',
      'console',
      [step('$', 'apt update &&\napt install -y docker.io', 'ok')],
    ],
    ['trailing ||', '$ false ||\necho no\nno', 'console', [step('$', 'false ||\necho no', 'no')]],
    ['trailing space after the pipe', '$ ls | \nwc -l\n3', 'console', [step('$', 'ls |\nwc -l', '3')]],
    ['PS2 removed', '$ echo a \\\n> b\na b', 'console', [step('$', 'echo a \\\nb', 'a b')]],
    [
      'continuation line that looks like a prompt',
      '$ echo a |\n$ cat\na',
      'console',
      [step('$', 'echo a |\n$ cat', 'a')],
    ],
    ['background & does not continue', '$ sleep 1 &\n[1] 42', 'console', [step('$', 'sleep 1 &', '[1] 42')]],
    ['backslash at the last line', '$ ls \\', 'console', [step('$', 'ls \\')]],
    [
      'python continuation',
      '>>> def f():\n...     return 1\n...\n>>> f()\n1',
      'pycon',
      [step('>>>', 'def f():\n    return 1\n'), step('>>>', 'f()', '1')],
    ],
    [
      'mysql continuation',
      'mysql> SELECT *\n    -> FROM t\n    -> ;\nEmpty set',
      'console',
      [step('mysql>', 'SELECT *\nFROM t\n;', 'Empty set')],
    ],
    ['psql continuation', 'app=# SELECT 1\napp-# + 1;\n 2', 'console', [step('app=#', 'SELECT 1\n+ 1;', ' 2')]],
    [
      'PowerShell backtick and >>',
      'PS C:\\> docker run `\n>> -d nginx\nabc',
      'pwsh-session',
      [step('PS C:\\>', 'docker run `\n-d nginx', 'abc')],
    ],
    [
      'PowerShell path ending in backslash does not continue',
      'PS C:\\> cd C:\\\nPS C:\\> dir',
      'pwsh-session',
      [step('PS C:\\>', 'cd C:\\'), step('PS C:\\>', 'dir')],
    ],
  ]);
});

describe('heredocs', () => {
  run([
    [
      '<<EOF without PS2',
      '$ cat <<EOF > a.txt\nhello\n$ not a prompt\nEOF\n$ cat a.txt\nhello',
      'console',
      [step('$', 'cat <<EOF > a.txt\nhello\n$ not a prompt\nEOF'), step('$', 'cat a.txt', 'hello')],
    ],
    [
      '<<EOF with PS2',
      '$ cat > /etc/docker/daemon.json <<EOF\n> {\n>   "debug": true\n> }\n> EOF\n$ echo ok\nok',
      'console',
      [step('$', 'cat > /etc/docker/daemon.json <<EOF\n{\n  "debug": true\n}\nEOF'), step('$', 'echo ok', 'ok')],
    ],
    ["<<'EOF' quoted", "$ cat <<'EOF'\n$HOME\nEOF\n$HOME", 'console', [step('$', "cat <<'EOF'\n$HOME\nEOF", '$HOME')]],
    ['<<"END" double-quoted', '$ cat <<"END"\nx\nEND', 'console', [step('$', 'cat <<"END"\nx\nEND')]],
    [
      '<<-EOF strips tabs for the terminator',
      '$ cat <<-EOF\n\tx\n\tEOF\nx',
      'console',
      [step('$', 'cat <<-EOF\n\tx\n\tEOF', 'x')],
    ],
    [
      '<<EOF terminator must be exact',
      '$ cat <<EOF\n EOF\nEOF\nx',
      'console',
      [step('$', 'cat <<EOF\n EOF\nEOF', 'x')],
    ],
    ['<<< is a here-string', '$ cat <<< hi\nhi', 'console', [step('$', 'cat <<< hi', 'hi')]],
    [
      'two heredocs on one line',
      '$ cat <<A <<B\na\nA\nb\nB\nb',
      'console',
      [step('$', 'cat <<A <<B\na\nA\nb\nB', 'b')],
    ],
    [
      'heredoc then &&',
      '$ cat <<EOF &&\n> x\n> EOF\n> echo done\nx\ndone',
      'console',
      [step('$', 'cat <<EOF &&\nx\nEOF\necho done', 'x\ndone')],
    ],
    ['quoted << is not a heredoc', '$ echo "<<EOF"\n<<EOF', 'console', [step('$', 'echo "<<EOF"', '<<EOF')]],
    ['arithmetic << is not a heredoc', '$ echo $((1<<2))\n4', 'console', [step('$', 'echo $((1<<2))', '4')]],
    [
      'heredoc body with a PS2-looking line, pasted bare',
      '$ cat <<EOF\nplain\n> quoted\nEOF',
      'console',
      [step('$', 'cat <<EOF\nplain\n> quoted\nEOF')],
    ],
    ['unterminated heredoc is not a transcript', '$ cat <<EOF\nx', 'console', null],
  ]);
  test('findHeredocs', () => {
    expect(findHeredocs("cat <<-'E O' <<\\X # <<Y")).toEqual([
      {word: 'E O', stripTabs: true},
      {word: 'X', stripTabs: false},
    ]);
  });
});

describe('output', () => {
  run([
    [
      'verbatim: spaces, tabs, ANSI, placeholders',
      '$ docker images\nREPOSITORY\tTAG\n<none>      <none>\n\u001b[32mok\u001b[0m  {{.Name}}',
      'console',
      [step('$', 'docker images', 'REPOSITORY\tTAG\n<none>      <none>\n\u001b[32mok\u001b[0m  {{.Name}}')],
    ],
    ['leading blank output lines are kept', '$ ls\n\n  a', 'console', [step('$', 'ls', '\n  a')]],
    [
      'trailing blank lines are dropped',
      '$ ls\na\n\n  \n$ pwd\n/',
      'console',
      [step('$', 'ls', 'a'), step('$', 'pwd', '/')],
    ],
    [
      'a trailing empty prompt is a step with no command',
      '$ ls\na\n$\n',
      'console',
      [step('$', 'ls', 'a'), step('$', '')],
    ],
    [
      'an empty prompt in the middle is a step with no command',
      '$ ls\n$\n$ pwd',
      'console',
      [step('$', 'ls'), step('$', ''), step('$', 'pwd')],
    ],
    [
      'an empty prompt followed by output keeps it',
      '$ ls\n$\ntext',
      'console',
      [step('$', 'ls'), step('$', '', 'text')],
    ],
  ]);
});

describe('failure reasons', () => {
  test.each([
    ['', 'the block is empty', 1],
    ['\nhello\n$ ls', 'its first line does not start with a prompt such as `$ `, `# ` or `[user@host dir]$ `', 2],
    ['$ ', 'its first prompt has no command', 1],
    ['$ ls\n$ cat <<EOF\nx', 'the heredoc <<EOF is never closed', 2],
  ])('%j', (source, reason, line) => {
    expect(parseTranscriptDetailed(source, {lang: 'console'})).toEqual({ok: false, failure: {reason, line}});
  });
});
