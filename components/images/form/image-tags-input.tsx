'use client';

import { Button } from '@/components/ui/button';
import { FieldErrors, inputClasses } from '@/components/ui/field';
import { FORM_NAMES, IMAGE_LIMITS, splitTags } from '@/lib/images/image-fields';

interface ImageTagsInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  /** The text typed but not added yet: the form refuses to save while it is there. */
  draft: string;
  onDraft: (draft: string) => void;
  errors?: string[];
}

/**
 * Tags as removable chips plus an input; each tag is posted as a repeated `tag` field (kept in a
 * form draft, `data-draft`), and text typed but not added as `new_tag`, so the form can refuse it.
 */
export function ImageTagsInput({ tags, onChange, draft, onDraft, errors }: ImageTagsInputProps) {
  const errorId = errors?.length ? 'tags-error' : undefined;

  // adds the new tags; one already there stays typed, so the form can say so next to the field
  function add() {
    const typed = splitTags(draft);
    const fresh = typed.filter((tag) => !tags.includes(tag));
    if (fresh.length) onChange([...tags, ...fresh]);
    onDraft(typed.filter((tag) => tags.includes(tag)).join(', '));
  }

  return (
    <div className="space-y-2">
      {tags.map((tag) => (
        <input key={tag} type="hidden" name={FORM_NAMES.tag} value={tag} data-draft />
      ))}
      {tags.length > 0 && (
        <ul aria-label="Current tags" className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-xs font-medium text-brand-700 ring-1 ring-brand-100 ring-inset">
              <span className="truncate" title={tag}>
                {tag}
              </span>
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
                className="rounded-full px-1 text-brand-700 hover:bg-brand-100"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <label htmlFor="new-tag" className="sr-only">
          New tag
        </label>
        <input
          id="new-tag"
          name={FORM_NAMES.newTag}
          value={draft}
          autoComplete="off"
          maxLength={IMAGE_LIMITS.tag * 4}
          placeholder="Add a tag, e.g. golden"
          onChange={(event) => onDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className={inputClasses}
        />
        <Button type="button" variant="secondary" onClick={add} disabled={!draft.trim()}>
          Add tag
        </Button>
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
