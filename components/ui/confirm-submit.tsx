"use client";

import type { ReactNode } from "react";

/**
 * A submit button that asks first (deleting a photo cannot be undone). Without JavaScript the form
 * posts directly, as any form does.
 */
export function ConfirmSubmit({ question, className, children, name, value, label }: { question: string; className?: string; children: ReactNode; name?: string; value?: string; label?: string }) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-label={label}
      className={className}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
