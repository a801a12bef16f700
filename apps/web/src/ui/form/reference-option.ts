/** An entry a picker offers: its slug (what the API takes), its name and a line of context. */
export interface TReferenceOption {
  value: string;
  label: string;
  detail?: string;
}
