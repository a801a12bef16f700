import { useQuery } from "@tanstack/react-query";
import { MAX_PAGE_SIZE } from "@topograph/domain";
import { useState } from "react";
import { plural } from "../../lib/labels.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { AdministratorsOnly } from "./AdministratorsOnly.tsx";
import { CreateUserForm } from "./CreateUserForm.tsx";
import { UserTable } from "./UserTable.tsx";
import "./UsersPage.css";

/** Administrators add users, change their roles and disable them; the server refuses everyone else anyway. */
export function UsersPage() {
  useDocumentTitle("Users");
  return <AdministratorsOnly what="manage users">{(user) => <UserAdministration currentUserId={user.id} />}</AdministratorsOnly>;
}

function UserAdministration({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions({ limit: MAX_PAGE_SIZE, includeDisabled: true }));
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Users"
        description="Who may sign in, and with which role. A user belongs to the teams whose member list holds their email, so membership is edited on the team."
        actions={
          adding ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setAdding(true);
                setAdded(null);
              }}
            >
              Add user
            </button>
          )
        }
      />
      <div className="stack">
        {adding ? (
          <Section title="New user">
            <CreateUserForm
              onCreated={(name) => {
                setAdding(false);
                setAdded(name);
              }}
              onCancel={() => setAdding(false)}
            />
          </Section>
        ) : null}
        {added ? (
          <p className="users-page__done" role="status">
            Added {added}. Give them their first password in person and ask them to change it on their account page.
          </p>
        ) : null}
        {users.isPending ? <Loading label="Loading users…" /> : null}
        {users.error ? (
          <ErrorBanner title="Could not load the users." onRetry={() => void users.refetch()}>
            <p>{users.error.message}</p>
          </ErrorBanner>
        ) : null}
        {users.data ? (
          <Section title="Users" count={users.data.total} flush>
            {users.data.items.length > 0 ? (
              <UserTable users={users.data.items} currentUserId={currentUserId} />
            ) : (
              <EmptyState title="No users yet." />
            )}
            {users.data.total > users.data.items.length ? <p className="muted users-page__more">Showing the first {plural(users.data.items.length, "user")} by name.</p> : null}
          </Section>
        ) : null}
      </div>
    </>
  );
}
