import type { ReactNode } from "react";
import "./PageHeader.css";

interface TPageHeaderProps {
  /** The kind of page, above the title ("Component"). */
  eyebrow?: ReactNode;
  title: ReactNode;
  /** Badges or a one-line summary under the title. */
  meta?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ eyebrow, title, meta, description, actions }: TPageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        {meta ? <div className="page-header__meta">{meta}</div> : null}
        {description ? <div className="page-header__description">{description}</div> : null}
      </div>
      {actions ? <div className="page-header__actions button-row">{actions}</div> : null}
    </header>
  );
}
