import { describe, expect, it } from "vitest";
import { DEMO_ORGANISATION } from "./demo-organisation.ts";
import { demoUsersOf } from "./demo-users.ts";

describe("demo users", () => {
  it("are the demo teams' members, as editors, signing in with their member email", () => {
    const users = demoUsersOf(DEMO_ORGANISATION);
    expect(users).toHaveLength(DEMO_ORGANISATION.teams.flatMap((team) => team.members).length);
    expect(users).toContainEqual({ email: "daichi.kato@example.com", name: "Daichi Kato", role: "editor" });
    expect(users.every((user) => user.role === "editor")).toBe(true);
  });

  it("list a person on two teams once, by lower-case email", () => {
    const member = (email: string) => ({ name: "Ann", email, role: "" });
    const teams = [{ members: [member("Ann@example.com")] }, { members: [member("ann@example.com")] }];
    expect(demoUsersOf({ teams } as never)).toEqual([{ email: "ann@example.com", name: "Ann", role: "editor" }]);
  });
});
