import { type ReactNode, useId } from "react";

/** A titled group of fields inside a form. */
export function FormSection({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id} className="form-section__title">
        {title}
      </h2>
      {intro ? <p className="form-section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
