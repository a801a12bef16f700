import "./ComponentLabels.css";

/** A component's labels as name: value chips, sorted by name. */
export function ComponentLabels({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="subtle">No labels</span>;
  return (
    <ul className="component-labels" aria-label="Labels">
      {entries.map(([name, value]) => (
        <li key={name} className="component-labels__label">
          <span className="component-labels__name">{name}</span>
          {value ? <span className="component-labels__value">{value}</span> : null}
        </li>
      ))}
    </ul>
  );
}
