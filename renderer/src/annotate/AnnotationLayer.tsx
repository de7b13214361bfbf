import { ColorMeanings } from './ColorMeanings';
import { EntityForm } from './EntityForm';
import { HighlightEditor, type EditorFocus } from './HighlightEditor';
import type { Anchor } from './Popover';
import type { Span } from './segments';
import type { TextSelection } from './selectionOffsets';
import { SelectionToolbar } from './SelectionToolbar';
import type { ArticleAnnotations, HighlightColor } from './useArticleAnnotations';
import type { useColorMeanings } from './useColorMeanings';

/** At most one popover is open over the article. */
export type PopoverState =
  | { kind: 'editor'; id: number; focus: EditorFocus; anchor: Anchor }
  | { kind: 'entity'; span: Span; text: string; anchor: Anchor }
  | { kind: 'meanings'; anchor: Anchor };

interface Props {
  articleId: number;
  popover: PopoverState | null;
  onPopover(next: PopoverState | null): void;
  selection: TextSelection | null;
  /** Where the toolbar for the selection goes. */
  toolbarAnchor: Anchor | null;
  annotations: ArticleAnnotations;
  colors: ReturnType<typeof useColorMeanings>;
  onHighlight(color: HighlightColor, then?: 'note' | 'tags'): void;
  onCopy(): void;
  onEntityMarked(): void;
  /** Where focus goes back to when the editor closes: the highlight's mark. */
  onEditorClosed(id: number): void;
}

/** The selection toolbar and the popovers opened from it, from a highlight or from the notes sidebar. */
export function AnnotationLayer(props: Props) {
  const { articleId, onPopover, selection, toolbarAnchor, annotations, colors } = props;
  const asked = props.popover;
  const editing = asked?.kind === 'editor' ? annotations.data?.highlights.find((h) => h.id === asked.id) : undefined;
  // An editor whose highlight is gone (deleted, or its creation undone) is closed.
  const popover = asked?.kind === 'editor' && !editing ? null : asked;
  const close = () => onPopover(null);
  return (
    <>
      {selection && toolbarAnchor && !popover && (
        <SelectionToolbar
          anchor={toolbarAnchor}
          meanings={colors.meanings}
          defaultColor={annotations.defaultColor}
          onHighlight={props.onHighlight}
          onCopy={props.onCopy}
          onMarkEntity={() => onPopover({ kind: 'entity', span: selection, text: selection.text, anchor: toolbarAnchor })}
          onMeanings={() => onPopover({ kind: 'meanings', anchor: toolbarAnchor })}
        />
      )}
      {popover?.kind === 'editor' && editing && (
        <HighlightEditor
          key={editing.id}
          highlight={editing}
          meanings={colors.meanings}
          anchor={popover.anchor}
          focus={popover.focus}
          annotations={annotations}
          onMeanings={() => onPopover({ kind: 'meanings', anchor: popover.anchor })}
          onClose={(returnFocus) => {
            close();
            if (returnFocus) props.onEditorClosed(editing.id);
          }}
        />
      )}
      {popover?.kind === 'entity' && (
        <EntityForm
          articleId={articleId}
          span={popover.span}
          text={popover.text}
          anchor={popover.anchor}
          onMarked={props.onEntityMarked}
          onError={annotations.reportError}
          onClose={close}
        />
      )}
      {popover?.kind === 'meanings' && <ColorMeanings meanings={colors.meanings} anchor={popover.anchor} onChange={colors.change} onClose={close} />}
    </>
  );
}
