/**
 * Types of the theme modules this package provides, for sites that import or
 * swizzle them. Reference it with
 * `/// <reference types="@docker-k8s-notes/docusaurus-theme-shell-transcript/src/theme-shell-transcript" />`
 * or list the package in `compilerOptions.types`.
 */
declare module '@theme/ShellTranscript' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The commands, one per line, prompts removed: what the command tab shows and copies. */
    readonly commands?: string;
    /** JSON list of `{prompt, command, output?, kind?}`, as the remark plugin writes it. */
    readonly steps?: string;
    /** Language of the command block. Default `bash`. */
    readonly language?: string;
    /** The fence's meta (`title="…"`, line highlights), read by @theme/CodeBlock. */
    readonly metastring?: string;
  }
  export default function ShellTranscript(props: Props): ReactNode;
}

declare module '@theme/ShellTranscript/Output' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly steps?: string;
  }
  export default function ShellTranscriptOutput(props: Props): ReactNode;
}

declare module '@theme/ShellTranscript/Step' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly prompt: string;
    readonly command: string;
    readonly output?: string;
    readonly kind?: 'comment';
  }
  export default function ShellTranscriptStep(props: Props): ReactNode;
}
