import { Fragment } from "react";
import { Link } from "react-router";
import "./Breadcrumb.css";

/** Where a scorecard or initiative page sits: the links above it, then the page itself. */
export function Breadcrumb({ trail, current }: { trail: { to: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="scorecards-breadcrumb">
      {trail.map((step) => (
        <Fragment key={step.to}>
          <Link to={step.to}>{step.label}</Link>
          <span aria-hidden="true"> / </span>
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
