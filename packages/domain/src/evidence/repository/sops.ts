import type { TYamlDocument } from "../yaml-source.ts";
import { asArray, asRecord, asText } from "./plain-data.ts";

/** Keys of the metadata SOPS writes into every file it encrypts. */
const SOPS_METADATA_KEYS = ["mac", "lastmodified", "version", "kms", "age", "pgp", "gcp_kms", "azure_kv", "hc_vault"];
const KEY_TYPES = ["kms", "age", "pgp", "gcp_kms", "azure_keyvault", "hc_vault_transit_uri", "key_groups"];

/** Whether a document (YAML or JSON, as data) was encrypted by SOPS: it carries SOPS's top-level `sops` metadata. */
export function isSopsEncrypted(data: unknown): boolean {
  const metadata = asRecord(asRecord(data)?.sops);
  return metadata !== undefined && SOPS_METADATA_KEYS.some((key) => key in metadata);
}

export interface TSopsCreationRule {
  pathRegex: string | null;
  encryptedRegex: string | null;
  /** Which kinds of key encrypt the matching files (kms, age, pgp…). */
  keyTypes: string[];
  line: number;
}

export interface TSopsEncryptedDocument {
  file: string;
  line: number;
  kind: string | null;
  name: string | null;
}

export interface TSopsEvidence {
  /** The `.sops.yaml` files that say how the repository encrypts secrets. */
  configurations: { file: string; creationRules: TSopsCreationRule[] }[];
  encryptedDocuments: TSopsEncryptedDocument[];
}

export function isSopsConfigPath(path: string): boolean {
  return /(?:^|\/)\.sops\.ya?ml$/.test(path);
}

export function readSopsCreationRules(document: TYamlDocument): TSopsCreationRule[] {
  return asArray(asRecord(document.data)?.creation_rules).map((item, index) => {
    const rule = asRecord(item) ?? {};
    return {
      pathRegex: asText(rule.path_regex) ?? null,
      encryptedRegex: asText(rule.encrypted_regex) ?? null,
      keyTypes: KEY_TYPES.filter((key) => rule[key] !== undefined),
      line: document.lineOf(["creation_rules", index]),
    };
  });
}

export function sopsEncryptedDocument(document: TYamlDocument): TSopsEncryptedDocument | undefined {
  if (!isSopsEncrypted(document.data)) return undefined;
  const data = asRecord(document.data) ?? {};
  return { file: document.file, line: document.line, kind: asText(data.kind) ?? null, name: asText(asRecord(data.metadata)?.name) ?? null };
}
