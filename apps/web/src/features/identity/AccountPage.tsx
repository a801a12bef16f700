import { ROLE_LABELS } from "@topograph/domain";
import { Link, useLocation } from "react-router";
import { labelOf } from "../../lib/labels.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { Badge } from "../../ui/Badge.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { ApiTokensSection } from "./ApiTokensSection.tsx";
import { ChangePasswordSection } from "./ChangePasswordSection.tsx";
import { signInFrom } from "./next-path.ts";
import { ProfileSection } from "./ProfileSection.tsx";
import { useSignedIn } from "./use-signed-in.ts";
import "./AccountPage.css";

/** The signed-in user's own page: who they are, their password and their API tokens. */
export function AccountPage() {
  useDocumentTitle("Account");
  const { user, loading } = useSignedIn();
  const location = useLocation();
  if (loading) return <Loading label="Loading your account…" />;
  if (!user) {
    return (
      <EmptyState
        title="You are not signed in."
        panel
        action={
          <Link to={signInFrom(location)} className="button button--primary">
            Sign in
          </Link>
        }
      >
        <p>Sign in to see your account, change your password and manage your API tokens.</p>
      </EmptyState>
    );
  }
  return (
    <div className="account-page">
      <PageHeader eyebrow="Account" title={user.name} meta={<Badge tone="accent">{labelOf(ROLE_LABELS, user.role)}</Badge>} />
      <div className="account-page__grid">
        <ProfileSection user={user} />
        <ChangePasswordSection />
      </div>
      <ApiTokensSection />
    </div>
  );
}
