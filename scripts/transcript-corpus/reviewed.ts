/**
 * Blocks of the corpus a person decided, where the oracle (oracle.ts) and
 * the parser disagreed or the oracle cannot know: `expected` is what a reader
 * would call the block's commands (`null`: not a session, stays plain), and
 * `note` says why. Keyed by source name, then `path:line` of the fence.
 */
export interface Review {
  /** `'as-parsed'`: the person read the parser's commands and agrees (long heredocs are not copied here). */
  expected: string[] | null | 'as-parsed';
  note: string;
  /** The parser is known not to reach `expected` on this block (a gap, counted in BENCHMARKS.md). */
  gap?: true;
}

const ROOT_PROMPT = 'a root session: `#` before a command is the prompt';

export const REVIEWED: Readonly<Record<string, Readonly<Record<string, Review>>>> = {
  'docker-cli': {
    'docs/reference/commandline/container_attach.md:82': {
      expected: ['docker ps -a --filter name=topdemo'],
      note: 'a session whose start is elided (`<...>` and output before the first prompt); the parser leaves it plain',
      gap: true,
    },
    'docs/reference/commandline/container_run.md:627': {
      expected: ['export VAR1=value1', 'export VAR2=value2', 'docker run --env VAR1 --env VAR2 ubuntu env | grep VAR'],
      note: 'the export lines without a prompt are commands the reader runs first',
    },
    'docs/reference/commandline/network_create.md:248': {
      expected: [
        'docker network create --config-only --subnet 192.168.100.0/24 --gateway 192.168.100.115 mv-config',
        'docker network create --config-only --subnet 192.168.200.0/24 --gateway 192.168.200.202 mv-config',
        'docker network create -d macvlan --scope swarm --config-from mv-config --attachable swarm-network',
      ],
      note: '`node1$` / `node2$` are host-name prompts',
    },
  },
  'docker-library-docs': {
    'arangodb/content.md:179': {
      expected: [
        'mkdir /tmp/arangodb',
        'docker run -e ARANGO_RANDOM_ROOT_PASSWORD=1 -p 8529:8529 -d \\\n        -v /tmp/arangodb:/var/lib/arangodb3 \\\n        %%IMAGE%%',
      ],
      note: '`unix>` is a prompt the parser cannot know without prompt="unix>"; left plain',
      gap: true,
    },
    'elixir/content.md:15': {
      expected: [
        'docker run -it --rm %%IMAGE%%',
        'System.version',
        'docker run -it --rm -h elixir.local %%IMAGE%% iex --sname snode',
        'System.version',
        ':c.uptime',
      ],
      note: '`➸` shell prompt and iex REPL prompts: unknown to the parser; left plain',
      gap: true,
    },
    'erlang/content.md:13': {
      expected: [
        'docker run -it --rm %%IMAGE%%',
        'uptime().',
        'docker run -it --rm -h erlang.local %%IMAGE%% erl -name snode@erlang.local',
        'erlang:system_info(otp_release).',
      ],
      note: '`➸` shell prompt and Erlang shell prompts: unknown to the parser; left plain',
      gap: true,
    },
  },
  podman: {
    'docs/source/markdown/podman-run.1.md.in:525': {
      expected: ['exit', 'journalctl -b | grep Hello'],
      note: '`(bash)#` is a prompt the parser does not know; left plain',
      gap: true,
    },
    'docs/source/markdown/podman-secret-create.1.md:90': {
      expected: ['echo -n mysecret > ./secret.txt', 'podman secret create my_secret ./secret.txt'],
      note: 'an untagged block whose first command has no prompt; the parser leaves it plain',
      gap: true,
    },
    'docs/tutorials/podman-for-windows.md:294': {
      expected: [
        "$Env:DOCKER_HOST = 'npipe:////./pipe/podman-machine-default'",
        ".\\docker.exe version --format '{{(index .Server.Components 0).Name}}'",
      ],
      note: 'output of an earlier command before the first prompt, and a prompt without a space; left plain',
      gap: true,
    },
    'docs/tutorials/rootless_tutorial.md:176': {
      expected: [
        'whoami',
        'ls /home/john/folder',
        'podman run -it -v /home/john/folder:/container/volume mycontainer /bin/bash',
        'whoami',
        'touch /container/volume/test',
        'ls -l /container/volume',
        'exit',
        'ls -l /home/john/folder',
      ],
      note: '`host$` and `root@container#` prompts, `#` comments between steps',
    },
    'docs/source/markdown/podman-container-restore.1.md:184': {
      expected: [
        'podman run --rm -p 2345:80 -d webserver',
        'podman container checkpoint -l --export=dump.tar',
        'podman container restore -p 5432:8080 --import=dump.tar',
      ],
      note: 'a `$` prompt then `#` prompts with no `sudo -i` between: the parser takes the `#` lines for output',
      gap: true,
    },
    'docs/source/markdown/podmansh.1.md:38': {expected: 'as-parsed', note: `${ROOT_PROMPT}; USERID=… is a command`},
    'docs/source/markdown/podmansh.1.md:63': {expected: 'as-parsed', note: `${ROOT_PROMPT}; USERID=… is a command`},
    'docs/source/markdown/podmansh.1.md:93': {expected: 'as-parsed', note: `${ROOT_PROMPT}; USERID=… is a command`},
    'docs/tutorials/rootless_tutorial.md:52': {
      expected: [
        'usermod --add-subuids 100000-165535 --add-subgids 100000-165535 johndoe',
        'grep johndoe /etc/subuid /etc/subgid',
      ],
      note: 'the second command lost its `#` prompt; the parser shows it as output',
      gap: true,
    },
    'docs/tutorials/rootless_tutorial.md:68': {
      expected: ['usermod --add-subgids 2000-2000 johndoe', 'grep johndoe /etc/subgid'],
      note: 'the second command lost its `#` prompt; the parser shows it as output',
      gap: true,
    },
    'troubleshooting.md:231': {expected: ['setsebool -P container_manage_cgroup true'], note: ROOT_PROMPT},
    'troubleshooting.md:299': {
      expected: [
        'usermod --add-subuids 200000-201000 --add-subgids 200000-201000 johndoe',
        'grep johndoe /etc/subuid /etc/subgid',
      ],
      note: ROOT_PROMPT,
    },
    'troubleshooting.md:333': {
      expected: ['semanage fcontext -a -e /var/lib/containers /srv/containers', 'restorecon -R -v /srv/containers'],
      note: ROOT_PROMPT,
    },
    'troubleshooting.md:457': {
      expected: [
        'dnf install -y grubby',
        'grubby --update-kernel=ALL --args=”systemd.unified_cgroup_hierarchy=0"',
        'reboot',
      ],
      note: ROOT_PROMPT,
    },
    'troubleshooting.md:476': {expected: ['loginctl enable-linger $UID'], note: ROOT_PROMPT},
    'troubleshooting.md:953': {
      expected: ['sudo -i', 'machinectl shell username@', 'podman run --rm docker.io/library/alpine echo hello'],
      note: '`sudo -i` opens a root shell: `# machinectl …` is a command',
    },
  },
  nerdctl: {
    'docs/builder-debug.md:27': {
      expected: [
        'nerdctl builder debug --image=ubuntu:22.04 /tmp/ctx/',
        'break 3',
        'breakpoints',
        'continue',
        'exec --image sh',
        'ls /debugroot/',
        'cat /debugroot/a /debugroot/b',
        'quit',
      ],
      note: 'the `(buildg)` debugger prompt and its `#` shell are unknown to the parser: only the first command is found',
      gap: true,
    },
    'docs/notation.md:55': {
      expected: [
        'cat <<EOF | tee ~/.config/notation/trustpolicy.json\n{\n    "version": "1.0",\n    "trustPolicies": [\n        {\n            "name": "test-images",\n            "registryScopes": [ "*" ],\n            "signatureVerification": {\n                "level" : "strict"\n            },\n            "trustStores": [ "ca:test" ],\n            "trustedIdentities": [\n                "*"\n            ]\n        }\n    ]\n}\nEOF',
        'nerdctl pull --verify=notation localhost:5000/my-test',
        'nerdctl pull --verify=notation localhost:5000/my-test-bad',
      ],
      note: 'a script part without prompts, then prompts, in a `shell` block; the parser leaves it plain',
      gap: true,
    },
    'docs/stargz.md:45': {
      expected: [
        'time nerdctl --snapshotter=overlayfs run -it --rm ghcr.io/stargz-containers/python:3.7-org python3 -c \'print("hi")\'',
      ],
      note: ROOT_PROMPT,
    },
    'docs/stargz.md:69': {
      expected: [
        'time nerdctl --snapshotter=stargz run -it --rm ghcr.io/stargz-containers/python:3.7-esgz python3 -c \'print("hi")\'',
      ],
      note: ROOT_PROMPT,
    },
    'docs/stargz.md:178': {
      expected: [
        'nerdctl image convert --oci --estargz --estargz-external-toc --estargz-keep-diff-id ghcr.io/stargz-containers/ubuntu:22.04 registry2:5000/ubuntu:22.04-ex-keepdiff',
        'nerdctl push --insecure-registry registry2:5000/ubuntu:22.04-ex-keepdiff',
        'nerdctl push --insecure-registry registry2:5000/ubuntu:22.04-ex-keepdiff-esgztoc',
        "crane --insecure blob registry2:5000/ubuntu:22.04-ex-keepdiff@sha256:2dc39ba059dcd42ade30aae30147b5692777ba9ff0779a62ad93a74de02e3e1f | jq -r '.rootfs.diff_ids[]'",
        "crane blob ghcr.io/stargz-containers/ubuntu:22.04@sha256:2dc39ba059dcd42ade30aae30147b5692777ba9ff0779a62ad93a74de02e3e1f | jq -r '.rootfs.diff_ids[]'",
      ],
      note: ROOT_PROMPT,
    },
  },
};
