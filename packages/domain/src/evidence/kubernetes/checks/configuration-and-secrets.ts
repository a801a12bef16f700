import { isRecord, type TFieldPath } from "../objects.ts";
import { containersOf, podSpecPath, type TWorkload } from "../workloads.ts";
import { defineCheck, describeObject } from "./check.ts";

export const configMapCheck = defineCheck(
  {
    checkId: "config.configmap",
    practiceId: "config.public.configmap",
    severity: "low",
    title: "Workloads read their public settings from ConfigMaps",
    remediation: "Move non-secret settings (timeouts, time zone, URLs) into a ConfigMap and import it with envFrom.configMapRef, env.valueFrom.configMapKeyRef or a configMap volume.",
  },
  (index, report) => {
    for (const workload of index.workloads) {
      const label = describeObject(workload.object);
      const reference = configMapReferenceOf(workload);
      if (reference) report.pass(workload.object, `${label}: reads ConfigMap ${reference.name} (${reference.how}).`, reference.at);
      else report.fail(workload.object, `${label}: reads no ConfigMap, so its settings live in the image, its arguments or inline env values.`, podSpecPath(workload));
    }
  },
);

/** The first ConfigMap the pod template reads: through envFrom, env.valueFrom or a (projected) volume. */
function configMapReferenceOf(workload: TWorkload): { name: string; how: string; at: TFieldPath } | undefined {
  for (const container of containersOf(workload, { withInit: true })) {
    const envFrom = listOf(container.data["envFrom"]);
    for (const [position, source] of envFrom.entries()) {
      const ref = source["configMapRef"];
      if (isRecord(ref)) return { name: String(ref["name"]), how: "envFrom", at: [...container.path, "envFrom", position, "configMapRef"] };
    }
    for (const [position, variable] of listOf(container.data["env"]).entries()) {
      const ref = isRecord(variable["valueFrom"]) ? variable["valueFrom"]["configMapKeyRef"] : undefined;
      if (isRecord(ref)) return { name: String(ref["name"]), how: "env.valueFrom.configMapKeyRef", at: [...container.path, "env", position, "valueFrom", "configMapKeyRef"] };
    }
  }
  for (const [position, volume] of listOf(workload.podSpec["volumes"]).entries()) {
    if (isRecord(volume["configMap"])) return { name: String(volume["configMap"]["name"]), how: "volume", at: podSpecPath(workload, "volumes", position, "configMap") };
    const sources = isRecord(volume["projected"]) ? listOf(volume["projected"]["sources"]) : [];
    const projected = sources.findIndex((source) => isRecord(source["configMap"]));
    if (projected >= 0) return { name: String((sources[projected]!["configMap"] as Record<string, unknown>)["name"]), how: "projected volume", at: podSpecPath(workload, "volumes", position, "projected", "sources", projected, "configMap") };
  }
  return undefined;
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
}

/** Kinds whose committed form holds only ciphertext or a reference to a secret store. */
const ENCRYPTED_SECRET_KINDS: Readonly<Record<string, string>> = {
  SealedSecret: "a SealedSecret holds values only the cluster's controller can decrypt",
  ExternalSecret: "an ExternalSecret holds a reference to a secret store, not the values",
};

export const committedSecretCheck = defineCheck(
  {
    checkId: "secrets.encrypted",
    practiceId: "config.private.secret-sops",
    severity: "high",
    title: "Committed Secrets are encrypted with SOPS",
    remediation: "Encrypt the file with SOPS (sops --encrypt --in-place, with a .sops.yaml creation rule) or replace it with an ExternalSecret; rotate the values that were committed in plain text.",
  },
  (index, report) => {
    for (const object of index.objects) {
      const label = describeObject(object);
      const reason = ENCRYPTED_SECRET_KINDS[object.kind];
      if (reason) {
        report.pass(object, `${label}: ${reason}.`);
        continue;
      }
      if (object.kind !== "Secret") continue;
      const field = (["data", "stringData"] as const).find((name) => isRecord(object.data[name]) && Object.keys(object.data[name]).length > 0);
      if (!field) continue;
      if (object.encryptedWithSops) report.pass(object, `${label}: ${field} is encrypted with SOPS.`, [field]);
      else {
        const readable = field === "data" ? "data is committed in base64, which is an encoding, not encryption," : "stringData is committed in plain text";
        report.fail(object, `${label}: ${readable} and the file carries no sops metadata.`, [field]);
      }
    }
  },
);
