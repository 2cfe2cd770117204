type RowHeadingProps = { title: string; onRemove: () => void; removeLabel: string };

/** A row's title with its "weghalen" button; the button's name says which row it removes. */
export function RowHeading({ title, onRemove, removeLabel }: RowHeadingProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h4 className="text-lg font-bold">{title}</h4>
      <button
        type="button"
        className="btn-secondary min-h-10 px-3 py-1 text-base"
        onClick={onRemove}
        aria-label={removeLabel}
      >
        Weghalen
      </button>
    </div>
  );
}
