/**
 * The Lexical editor holding the plain transcript: one paragraph per line of the stored
 * text, one text node per paragraph, no formatting and no codings (they are painted over
 * it). Read-only unless the user edits the text; while editing, Enter and paste make new
 * paragraphs (never line-break nodes), so the one-paragraph-per-line shape holds.
 */
import { memo, useEffect } from 'react';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { normaliseText } from '@shared/text/normalise';
import { reportError } from '../../stores/notice-store';

/** Replaces the editor's content with `text`, one paragraph per line. */
export function $setPlainText(text: string): void {
  const root = $getRoot();
  root.clear();
  for (const line of text.split('\n')) {
    const paragraph = $createParagraphNode();
    if (line.length > 0) paragraph.append($createTextNode(line));
    root.append(paragraph);
  }
}

/** The editor's text as it would be stored: paragraphs joined by one "\n". */
export function readPlainText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((p) => p.getTextContent())
      .join('\n'),
  );
}

/** Which text version each editor shows, so nothing is painted against a stale DOM. */
const shownVersions = new WeakMap<LexicalEditor, number>();

export function shownTextVersion(editor: LexicalEditor): number {
  return shownVersions.get(editor) ?? -1;
}

function ContentPlugin({ text, version }: { text: string; version: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    shownVersions.set(editor, version);
    // 'historic' keeps a load out of the typing history.
    editor.update(() => $setPlainText(text), { tag: 'historic', discrete: true });
  }, [editor, text, version]);
  return null;
}

function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

/** While editing: Enter and Shift+Enter split paragraphs; paste inserts plain lines. */
function PlainParagraphsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const newParagraph = () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      selection.insertParagraph();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(INSERT_PARAGRAPH_COMMAND, newParagraph, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(INSERT_LINE_BREAK_COMMAND, newParagraph, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const selection = $getSelection();
          if (!data || !$isRangeSelection(selection)) return false;
          event.preventDefault();
          normaliseText(data.getData('text/plain'))
            .split('\n')
            .forEach((line, i) => {
              if (i > 0) selection.insertParagraph();
              if (line) selection.insertText(line);
            });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}

function EditorReady({ onReady }: { onReady: (editor: LexicalEditor | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);
  return null;
}

interface Props {
  text: string;
  version: number;
  editing: boolean;
  label: string;
  onReady: (editor: LexicalEditor | null) => void;
}

const initialConfig = {
  namespace: 'citat-transcript',
  editable: false,
  theme: { paragraph: 'transcript-line' },
  onError: (error: Error) => reportError(error),
};

export const TranscriptEditor = memo(function TranscriptEditor({
  text,
  version,
  editing,
  label,
  onReady,
}: Props) {
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin
        contentEditable={
          <ContentEditable
            className="transcript-text"
            tabIndex={0}
            aria-label={label}
            aria-readonly={!editing}
            aria-multiline
            spellCheck={editing}
            data-testid="transcript-text"
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <ContentPlugin text={text} version={version} />
      <EditablePlugin editable={editing} />
      {editing && <PlainParagraphsPlugin />}
      {editing && <HistoryPlugin />}
      <EditorReady onReady={onReady} />
    </LexicalComposer>
  );
});
