import { type ReactNode, useId } from "react";
import "./Section.css";

interface TSectionProps {
  title: ReactNode;
  /** Shown beside the title, e.g. how many related entries there are. */
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
  /** Sections without padding hold a table edge to edge. */
  flush?: boolean;
}

/** A titled card on a page; its heading labels the region for screen readers. */
export function Section({ title, count, actions, children, flush = false }: TSectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <header className="section__header">
        <h2 id={headingId}>
          {title}
          {count !== undefined ? (
            <span className="section__count">
              <span className="visually-hidden"> (</span>
              {count}
              <span className="visually-hidden">)</span>
            </span>
          ) : null}
        </h2>
        {actions ? <div className="button-row">{actions}</div> : null}
      </header>
      <div className={flush ? "section__body section__body--flush" : "section__body"}>{children}</div>
    </section>
  );
}
