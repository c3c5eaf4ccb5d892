/**
 * Tab labels of a transcript. Translatable: `docusaurus write-translations`
 * picks the ids up from here into i18n/<locale>/code.json.
 */
import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

export interface Props {
  tab: 'command' | 'output' | string;
}

export default function ShellTranscriptLabel({tab}: Props): ReactNode {
  return tab === 'output' ? (
    <Translate id="shellTranscript.tab.output" description="Label of the tab showing a shell session with its output">
      输出
    </Translate>
  ) : (
    <Translate id="shellTranscript.tab.command" description="Label of the tab holding the commands of a shell session, ready to copy">
      命令
    </Translate>
  );
}
