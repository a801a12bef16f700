import { personOf } from "./change-request-labels.ts";

/** A requester or reviewer: their name, with the email under it. */
export function Person({ label }: { label: string }) {
  const { name, email } = personOf(label);
  return (
    <>
      <span>{name}</span>
      {email && email !== name ? <span className="data-table__secondary">{email}</span> : null}
    </>
  );
}
