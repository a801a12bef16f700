import { describe, expect, it } from "vitest";
import { interactionFromSide, type TTeamInteraction } from "./interaction-side.ts";

const team = (slug: string) => ({ slug, name: slug.toUpperCase(), type: "stream-aligned" });
const interaction = (mode: string): TTeamInteraction => ({ id: "1", mode, description: "", updatedAt: "", team: team("a"), withTeam: team("b") }) as unknown as TTeamInteraction;

describe("interactionFromSide", () => {
  it("names the other team and this team's part", () => {
    expect(interactionFromSide(interaction("x-as-a-service"), "a")).toEqual({ other: team("b"), role: "Provides X-as-a-Service to" });
    expect(interactionFromSide(interaction("x-as-a-service"), "b")).toEqual({ other: team("a"), role: "Consumes X-as-a-Service from" });
    expect(interactionFromSide(interaction("facilitating"), "b").role).toBe("Is facilitated by");
    expect(interactionFromSide(interaction("collaboration"), "b").role).toBe("Collaborates with");
  });
});
