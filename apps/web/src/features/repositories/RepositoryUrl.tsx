import "./RepositoryUrl.css";

/** A repository's URL as an external link; ssh and git URLs are shown, not linked, since browsers cannot open them. */
export function RepositoryUrl({ url }: { url: string }) {
  if (!/^https?:\/\//.test(url)) return <code>{url}</code>;
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" className="external-link">
      {url.replace(/^https?:\/\//, "")}
      <span className="visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
