import type { ReactNode } from "react";
import "./AuthCard.css";

/** The narrow card that sign-in and setup sit in, centred under the header. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="auth-card">
      <h1>{title}</h1>
      {intro ? <div className="auth-card__intro">{intro}</div> : null}
      {children}
    </div>
  );
}
