import { useNavigate } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Breadcrumb } from "../shared/Breadcrumb.tsx";
import { InitiativeForm } from "./InitiativeForm.tsx";
import "./Initiatives.css";

/** `/initiatives/new`. */
export function InitiativeFormPage() {
  const navigate = useNavigate();
  useDocumentTitle("New initiative");
  return (
    <>
      <Breadcrumb trail={[{ to: paths.initiatives, label: "Initiatives" }]} current="New initiative" />
      <PageHeader eyebrow="New initiative" title="Start an initiative" description="Pick a scorecard level that every entity in scope should reach by a date; the initiative page then tracks progress and who still has work to do." />
      <InitiativeForm cancelTo={paths.initiatives} onSaved={(saved) => navigate(paths.initiative(saved.slug))} />
    </>
  );
}
