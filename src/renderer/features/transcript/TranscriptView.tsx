/**
 * The transcript view: the active document as read-only text with its codings painted
 * over it, line numbers (and turn timestamps) on the left, coding stripes on the right,
 * the quick code picker, the codings popover, and an explicit edit mode for the text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import './messages';
import './transcript.css';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { errorText } from '../../errors/error-text';
import { useDocumentsStore } from '../../stores/documents-store';
import { useTranscriptStore } from '../../stores/transcript-store';
import { TranscriptEditor } from './TranscriptEditor';
import { LineMargin } from './LineMargin';
import { CodingStripes } from './CodingStripes';
import { CodePicker } from './CodePicker';
import { CodingPopover } from './CodingPopover';
import { TranscriptToolbar } from './TranscriptToolbar';
import { CodeButton, ReadOnlyCaret } from './CodeButton';
import { EditConfirm } from './EditConfirm';
import { useTranscriptPainter } from './use-transcript-painter';
import { useTranscriptInteractions } from './use-transcript-interactions';
import { useReveal } from './use-reveal';
import { keepUnsavedEdits, useEditText } from './use-edit-text';

export function TranscriptView() {
  const t = useT();
  const activeDocumentId = useDocumentsStore((s) => s.activeDocumentId);
  const document = useTranscriptStore((s) => s.document);
  const text = useTranscriptStore((s) => s.text);
  const textVersion = useTranscriptStore((s) => s.textVersion);
  const editing = useTranscriptStore((s) => s.editing);
  const loading = useTranscriptStore((s) => s.loading);
  const loadError = useTranscriptStore((s) => s.loadError);
  const language = useLanguageStore((s) => s.language);
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  const columnRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const editorRef = useRef<LexicalEditor | null>(null);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  useEffect(() => {
    keepUnsavedEdits(editorRef.current);
    // Another document starts at its top, not at the previous one's scroll position.
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    void useTranscriptStore.getState().load(activeDocumentId);
  }, [activeDocumentId]);
  // Leaving the view (another tab) ends edit mode; unsaved edits stay as a draft.
  useEffect(
    () => () => {
      keepUnsavedEdits(editorRef.current);
      useTranscriptStore.getState().setEditing(false);
    },
    [],
  );

  const geometryRef = useTranscriptPainter(editor, columnRef);
  useReveal(geometryRef, scrollRef);
  const interactions = useTranscriptInteractions(geometryRef);
  const edit = useEditText(editor);
  const onReady = useCallback((e: LexicalEditor | null) => setEditor(e), []);
  const selectedText = interactions.picker
    ? text.slice(interactions.picker.range.start, interactions.picker.range.end)
    : '';

  if (!activeDocumentId) return <p className="transcript-empty">{t('transcript.none')}</p>;
  if (loadError)
    return (
      <p
        className="transcript-empty transcript-load-error"
        role="alert"
        data-testid="transcript-error"
      >
        {t('transcript.unavailable', { reason: errorText(loadError, language) })}
      </p>
    );

  return (
    <section className="transcript" data-feature="transcript" aria-busy={loading}>
      <TranscriptToolbar edit={edit} />
      <div className="transcript-scroll" ref={scrollRef} data-testid="transcript-scroll">
        <div className="transcript-page">
          <LineMargin />
          <div
            className={editing ? 'transcript-column editing' : 'transcript-column'}
            ref={columnRef}
            onClick={interactions.handlers.onClick}
            onKeyDown={interactions.handlers.onKeyDown}
            onFocus={interactions.handlers.onFocus}
            onDragOverCapture={interactions.handlers.onDragOver}
            onDropCapture={interactions.handlers.onDrop}
          >
            <TranscriptEditor
              text={text}
              version={textVersion}
              editing={editing}
              label={t('transcript.text.label', { name: document?.name ?? '' })}
              onReady={onReady}
            />
            {!editing && !interactions.picker && <CodeButton onOpen={interactions.openPicker} />}
            {!editing && <ReadOnlyCaret />}
          </div>
          <CodingStripes onOpen={interactions.openPopover} />
        </div>
      </div>
      {interactions.picker && (
        <CodePicker
          position={interactions.picker.at}
          selectedText={selectedText}
          onApply={interactions.applyFromPicker}
          onClose={() => interactions.closePicker(true)}
        />
      )}
      {interactions.popover && (
        <CodingPopover
          key={interactions.popover.codingIds.join()}
          codingIds={interactions.popover.codingIds}
          position={interactions.popover.at}
          onClose={interactions.closePopover}
        />
      )}
      {edit.confirm && (
        <EditConfirm
          removed={edit.confirm.removed}
          onConfirm={edit.confirmSave}
          onCancel={edit.cancelConfirm}
        />
      )}
    </section>
  );
}
