// The README's "Project layout" is the map a newcomer reads first: it must name every folder that is there
// (top level, lib/, components/, components/plan/) and nothing that is not.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const layout = readme.split("## Project layout")[1]?.split("```")[1] ?? "";

// Folders as git sees them, so build output, databases and node_modules never count.
const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");

function folders(dir: string): string[] {
  const prefix = dir === "." ? "" : `${dir}/`;
  const names = tracked
    .filter((file) => file.startsWith(prefix) && file.slice(prefix.length).includes("/"))
    .map((file) => file.slice(prefix.length).split("/")[0]!)
    .filter((name) => !name.startsWith("."));
  return [...new Set(names)];
}

describe("README project layout", () => {
  it("is found", () => {
    expect(layout.length).toBeGreaterThan(200);
  });

  it("names each top-level folder and each folder of lib/", () => {
    for (const name of folders(".")) expect(layout, `${name}/`).toMatch(new RegExp(`^${name}/`, "m"));
    for (const name of folders("lib")) expect(layout, `lib/${name}/`).toContain(`lib/${name}/`);
  });

  it("names each feature folder of components/ and components/plan/", () => {
    const components = layout.slice(layout.indexOf("components/"), layout.indexOf("\nlib/"));
    for (const name of folders("components")) expect(components, `components/${name}/`).toContain(`${name}/`);
    for (const name of folders("components/plan")) expect(components, `components/plan/${name}/`).toContain(`${name}/`);
  });

  it("names no lib/ folder that does not exist", () => {
    const named = [...layout.matchAll(/^lib\/([a-z0-9-]+)\//gm)].map((m) => m[1]);
    expect(named.sort()).toEqual(folders("lib").sort());
  });
});
