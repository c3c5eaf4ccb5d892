/**
 * Table-driven tests of the rules of issue 10: sessions as people paste them
 * in real documentation (comments, odd prompts, lookalikes).
 */
import {parseTranscript, parseTranscriptDetailed, readsAsCommand, type TranscriptStep} from '../parse';

type Case = [name: string, source: string, lang: string | undefined, expected: TranscriptStep[] | null];
const step = (prompt: string, command: string, output = ''): TranscriptStep => ({prompt, command, output});
const comment = (text: string): TranscriptStep => ({prompt: '', command: text, output: '', kind: 'comment'});

function run(cases: Case[]): void {
  test.each(cases)('%s', (_name, source, lang, expected) => {
    expect(parseTranscript(source, lang === undefined ? undefined : {lang})).toEqual(expected);
  });
}

describe('a bare # first line: root prompt or comment', () => {
  run([
    [
      'CJK comments and bare commands are not a transcript',
      '# 先看一下现有的网络\ndocker network ls\n# 再创建一个\ndocker network create app-net',
      'console',
      null,
    ],
    ['a sentence ending in : is a comment', '# Generated files:\nfoo.txt', 'console', null],
    ['a capitalised word is prose', '# Install Docker first\nok', 'console', null],
    ['an English sentence is prose', '# this is the config file\nx', 'console', null],
    [
      'a command after # is a root prompt',
      '# docker ps\nCONTAINER ID',
      'console',
      [step('#', 'docker ps', 'CONTAINER ID')],
    ],
    ['a path after # is a root prompt', '# /usr/sbin/sshd -D\n', 'console', [step('#', '/usr/sbin/sshd -D')]],
    [
      'only comments before a $ prompt: comments, even when they read as commands',
      '# install docker\n$ apt-get install -y docker.io',
      'console',
      [comment('# install docker'), step('$', 'apt-get install -y docker.io')],
    ],
    [
      'podman unshare opens a root shell',
      '$ podman unshare\n# podman mount web\n/home/u/merged',
      'console',
      [step('$', 'podman unshare'), step('#', 'podman mount web', '/home/u/merged')],
    ],
    [
      'untagged blocks: # before a command is a root prompt',
      '# podman images --quiet\ne3d42bcaf643',
      undefined,
      [step('#', 'podman images --quiet', 'e3d42bcaf643')],
    ],
    ['bash blocks: # is always a comment', '# podman images --quiet\ne3d42bcaf643', 'bash', null],
    [
      'a prose comment, then a root session',
      '# 以 root 身份查看\n# docker ps\nCONTAINER ID',
      'console',
      [comment('# 以 root 身份查看'), step('#', 'docker ps', 'CONTAINER ID')],
    ],
    [
      'in a root session a prose # line is a comment, not a prompt',
      '# id -u\n0\n\n# 再看一下用户名\n# whoami\nroot',
      'console',
      [step('#', 'id -u', '0'), comment('# 再看一下用户名'), step('#', 'whoami', 'root')],
    ],
  ]);
});

describe('comments before and between steps', () => {
  run([
    [
      'a leading ## comment and a blank line',
      '## 防止 OOM 影响宿主机\n\n$ docker run -m 1g myapp',
      'console',
      [comment('## 防止 OOM 影响宿主机'), step('$', 'docker run -m 1g myapp')],
    ],
    [
      'a leading comment in a bash block',
      '# Generated files:\n\n$ ls\na.txt',
      'bash',
      [comment('# Generated files:'), step('$', 'ls', 'a.txt')],
    ],
    ['a leading comment in an untagged block', '# list\n$ ls\na', undefined, [comment('# list'), step('$', 'ls', 'a')]],
    [
      'consecutive comment lines are one comment',
      '# one\n# two\n$ ls',
      'console',
      [comment('# one\n# two'), step('$', 'ls')],
    ],
    [
      'a comment after a blank line belongs to the next step',
      '$ docker ps\nCONTAINER ID\n\n# 停止它\n$ docker stop web\nweb',
      'console',
      [step('$', 'docker ps', 'CONTAINER ID'), comment('# 停止它'), step('$', 'docker stop web', 'web')],
    ],
    [
      'a comment right after a command that printed nothing',
      '$ export A=1\n# now run it\n$ env',
      'console',
      [step('$', 'export A=1'), comment('# now run it'), step('$', 'env')],
    ],
    [
      'a comment line right before a prompt belongs to it',
      '$ docker network create app-net\nc52e8a91f0b3\n# 查看详情\n$ docker network ls',
      'console',
      [
        step('$', 'docker network create app-net', 'c52e8a91f0b3'),
        comment('# 查看详情'),
        step('$', 'docker network ls'),
      ],
    ],
    [
      'BuildKit progress lines (#5 …) are output, not comments',
      '$ docker build --progress=plain .\n#5 [2/2] RUN make\n#5 DONE 0.4s\n$ docker images',
      'console',
      [step('$', 'docker build --progress=plain .', '#5 [2/2] RUN make\n#5 DONE 0.4s'), step('$', 'docker images')],
    ],
    [
      'cat /etc/fstab: # lines are output',
      '$ cat /etc/fstab\n# /etc/fstab: static file system information.\n#\nUUID=x / ext4 defaults 0 1\n$ ls',
      'console',
      [
        step('$', 'cat /etc/fstab', '# /etc/fstab: static file system information.\n#\nUUID=x / ext4 defaults 0 1'),
        step('$', 'ls'),
      ],
    ],
    [
      'cat Dockerfile: a file of only comments is output',
      '$ cat Dockerfile\n# syntax=docker/dockerfile:1\n# check=error=true\n$ docker build .',
      'console',
      [step('$', 'cat Dockerfile', '# syntax=docker/dockerfile:1\n# check=error=true'), step('$', 'docker build .')],
    ],
    [
      'after cat, a comment after a blank line is a comment',
      '$ cat app.conf\nport=80\n\n# 再看日志\n$ ls',
      'console',
      [step('$', 'cat app.conf', 'port=80'), comment('# 再看日志'), step('$', 'ls')],
    ],
    [
      'a # line inside output, no blank line before it, stays output',
      '$ cat app.conf\nport=80\n# debug=true\n$ ls',
      'console',
      [step('$', 'cat app.conf', 'port=80\n# debug=true'), step('$', 'ls')],
    ],
    [
      'a comment at the end of the block stays output',
      '$ ls\na\n\n# done',
      'console',
      [step('$', 'ls', 'a\n\n# done')],
    ],
    ['a block of comments only is not a transcript', '# 第一步\n# Then:', 'console', null],
  ]);
});

describe('a first line without a prompt', () => {
  run([
    [
      'export before the first prompt is a command',
      'export VAR1=value1\n$ docker run --env VAR1 alpine env',
      'console',
      [step('', 'export VAR1=value1'), step('$', 'docker run --env VAR1 alpine env')],
    ],
    [
      'an assignment with a continuation',
      'FOO=1 \\\n  BAR=2\n$ env',
      'console',
      [step('', 'FOO=1 \\\n  BAR=2'), step('$', 'env')],
    ],
    ['only in session languages', 'export A=1\n$ env', 'bash', null],
    ['other bare commands are rejected', 'docker ps\n$ ls', 'console', null],
  ]);
  test('the diagnostic names the line', () => {
    expect(parseTranscriptDetailed('export A=1\ndocker ps\n$ ls', {lang: 'console'})).toEqual({
      ok: false,
      failure: {
        reason:
          'a line before the first prompt has no prompt and is not a setup command (`export`, `cd`, `VAR=value`…)',
        line: 2,
      },
    });
  });
});

describe('empty prompts are steps with no command', () => {
  run([
    [
      'a bare container prompt while attached',
      '$ docker attach web\nroot@243c32535da7:/#\nroot@243c32535da7:/# hostname\n243c32535da7',
      'console',
      [
        step('$', 'docker attach web'),
        step('root@243c32535da7:/#', ''),
        step('root@243c32535da7:/#', 'hostname', '243c32535da7'),
      ],
    ],
    ['`$ ` alone at the end', '$ ls\n$ ', 'console', [step('$', 'ls'), step('$', '')]],
    ['a block of empty prompts only is not a transcript', '$\n$ ', 'console', null],
  ]);
});

describe('>>> starts a REPL only in session and Python blocks', () => {
  run([
    [
      'bash: >>> output lines stay output',
      '$ ./mark.sh\n>>> 10.0.0.11\n>>> 10.0.0.12',
      'bash',
      [step('$', './mark.sh', '>>> 10.0.0.11\n>>> 10.0.0.12')],
    ],
    ['untagged: >>> never starts a transcript', '>>> 10.0.0.11\n>>> 10.0.0.12', undefined, null],
    ['text: >>> never starts a transcript', '>>> import os', 'text', null],
    ['python: >>> is the REPL', '>>> 1 + 1\n2', 'python', [step('>>>', '1 + 1', '2')]],
    ['pycon: >>> is the REPL', '>>> 1 + 1\n2', 'pycon', [step('>>>', '1 + 1', '2')]],
    [
      'console: >>> after starting python',
      '$ python3\n>>> 1 + 1\n2',
      'console',
      [step('$', 'python3'), step('>>>', '1 + 1', '2')],
    ],
    [
      'PS2 `... ` continues a Python statement',
      '>>> for i in range(2):\n...     print(i)\n...\n0\n1',
      'pycon',
      [step('>>>', 'for i in range(2):\n    print(i)\n', '0\n1')],
    ],
  ]);
});

describe('<<word>> placeholders are not heredocs', () => {
  run([
    [
      'podman <<subcommand>>',
      '$ podman <<subcommand>> --tmpfs /tmp\n$ ls',
      'console',
      [step('$', 'podman <<subcommand>> --tmpfs /tmp'), step('$', 'ls')],
    ],
    [
      'a real heredoc next to >>',
      '$ cat <<EOF >>a.txt\nx\nEOF\n$ ls',
      'console',
      [step('$', 'cat <<EOF >>a.txt\nx\nEOF'), step('$', 'ls')],
    ],
  ]);
});

describe('more prompts people paste', () => {
  run([
    [
      'oh-my-zsh with a directory',
      '➜  myapp docker ps\nCONTAINER ID',
      'console',
      [step('➜  myapp', 'docker ps', 'CONTAINER ID')],
    ],
    [
      'oh-my-zsh with git status',
      '➜  myapp git:(main) ✗ git status',
      'console',
      [step('➜  myapp git:(main) ✗', 'git status')],
    ],
    ['oh-my-zsh in an untagged block', '➜  ~ docker ps', undefined, [step('➜  ~', 'docker ps')]],
    ['starship / pure ❯', '❯ docker ps\nCONTAINER ID', 'console', [step('❯', 'docker ps', 'CONTAINER ID')]],
    ['λ', 'λ docker ps', 'bash', [step('λ', 'docker ps')]],
    ['(venv) $', '(venv) $ pip install flask\nok', 'console', [step('(venv) $', 'pip install flask', 'ok')]],
    [
      '(base) user@host:path$',
      '(base) alice@web01:~/app$ make',
      'console',
      [step('(base) alice@web01:~/app$', 'make')],
    ],
    [
      "a host name then $ (PS1='\\h$ ')",
      'node1$ docker swarm init\nnode2$ docker swarm join',
      'console',
      [step('node1$', 'docker swarm init'), step('node2$', 'docker swarm join')],
    ],
    [
      'user@host# without a path',
      'root@container# whoami\nroot',
      undefined,
      [step('root@container#', 'whoami', 'root')],
    ],
    ['user@host ~ %', 'alice@mbp ~ % docker ps', 'console', [step('alice@mbp ~ %', 'docker ps')]],
    ['a parenthesised output line is no prompt', '(venv) is active', 'console', null],
  ]);
  test('an unknown prompt: the diagnostic suggests prompt="…"', () => {
    const result = parseTranscriptDetailed('mongo> db.stats()\n{ ok: 1 }', {lang: 'console'});
    expect(result).toEqual({
      ok: false,
      failure: {
        reason:
          'its first line does not start with a prompt such as `$ `, `# ` or `[user@host dir]$ `; if `mongo>` is the prompt, add `prompt="mongo>"` to the fence\'s meta',
        line: 1,
      },
    });
  });
});

describe('readsAsCommand', () => {
  test.each([
    ['docker ps', true],
    ['apt-get install -y docker.io', true],
    ['./run.sh', true],
    ['/usr/bin/env python3', true],
    ['FOO=1 make', true],
    ['systemctl restart docker', true],
    ['先看一下现有的网络', false],
    ['docker 安装', false],
    ['Generated files:', false],
    ['Install Docker', false],
    ['this is the config file', false],
    ['start the daemon.', false],
    ['podman build .', true],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(readsAsCommand(text)).toBe(expected);
  });
});
