"use client";

/** Ticks or clears every row checkbox of the bulk form on the page (JavaScript only: rows can always be ticked one by one). */
export function SelectAll({ label }: { label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      className="h-4 w-4"
      onChange={(event) => {
        const checked = event.currentTarget.checked;
        document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"][form="bulk"]').forEach((box) => {
          box.checked = checked;
        });
      }}
    />
  );
}
