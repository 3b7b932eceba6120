/**
 * Maven `pom.xml` (DESIGN §4.5; Maven "POM Reference"). `groupId:artifactId` (groupId inherited
 * from `<parent>` when absent) publishes `pkg:maven/<group>/<artifact>`, private when the
 * `maven.deploy.skip` property is `true`. `<dependencies>` (not `<dependencyManagement>`, which
 * only pins versions, nor `<profiles>`) give edges: scope `test` → dev, `provided` / `system` →
 * build, `compile` / `runtime` / none → runtime, `import` → none. `${…}` versions are resolved
 * from `<properties>` and the `project.*` built-ins when possible, else kept as written.
 */
import { XMLParser } from 'fast-xml-parser';
import type { DependencyScope, ParsedManifest } from '../types.ts';
import { DependencyList, isRecord, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';

const MAVEN_SCOPES: Record<string, DependencyScope | null> = {
  compile: 'runtime',
  runtime: 'runtime',
  test: 'dev',
  provided: 'build',
  system: 'build',
  import: null,
};
/** Property substitution depth (properties may reference properties). */
const MAX_PROPERTY_PASSES = 5;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

function resolver(properties: Map<string, string>): (value: string | null) => string | null {
  return (value) => {
    if (value === null) return null;
    let out = value;
    for (let pass = 0; pass < MAX_PROPERTY_PASSES && out.includes('${'); pass++) {
      out = out.replace(/\$\{([^}]+)\}/g, (whole, key: string) => properties.get(key) ?? whole);
    }
    return out;
  };
}

export function parsePomXml(xml: string, ctx: ManifestContext): ParsedManifest | null {
  let doc: unknown;
  try {
    doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, removeNSPrefix: true, isArray: (name) => name === 'dependency' }).parse(xml, true);
  } catch (error) {
    warnManifest(ctx, undefined, `not valid XML, manifest skipped: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  const project = isRecord(doc) && isRecord(doc.project) ? doc.project : null;
  if (!project) {
    warnManifest(ctx, 'project', 'no <project> element, manifest skipped');
    return null;
  }
  const parent = isRecord(project.parent) ? project.parent : {};
  const groupId = text(project.groupId) ?? text(parent.groupId);
  const artifactId = text(project.artifactId);
  const version = text(project.version) ?? text(parent.version);

  const properties = new Map<string, string>();
  if (isRecord(project.properties)) for (const [k, v] of Object.entries(project.properties)) if (text(v) !== null) properties.set(k, text(v)!);
  for (const [k, v] of [['project.groupId', groupId], ['project.artifactId', artifactId], ['project.version', version], ['pom.version', version], ['version', version], ['project.parent.version', text(parent.version)], ['project.parent.groupId', text(parent.groupId)]] as const) {
    if (v !== null && !properties.has(k)) properties.set(k, v);
  }
  const resolve = resolver(properties);

  const deps = new DependencyList();
  const list = isRecord(project.dependencies) && Array.isArray(project.dependencies.dependency) ? project.dependencies.dependency : [];
  for (const [i, dep] of list.entries()) {
    const at = `project.dependencies.dependency[${i}]`;
    if (!isRecord(dep)) continue;
    const g = resolve(text(dep.groupId));
    const a = resolve(text(dep.artifactId));
    if (!g || !a) {
      warnManifest(ctx, at, 'dependency without groupId or artifactId, skipped');
      continue;
    }
    const scopeName = (text(dep.scope) ?? 'compile').toLowerCase();
    const scope = scopeName in MAVEN_SCOPES ? MAVEN_SCOPES[scopeName]! : 'unknown';
    if (scope === null) continue;
    deps.add(purlOrWarn(ctx, 'maven', `${g}/${a}`, at), resolve(text(dep.version)), scope, false);
  }
  if (!groupId || !artifactId) warnManifest(ctx, 'project', 'no groupId/artifactId: the project publishes nothing');
  return {
    path: ctx.path,
    kind: 'pom.xml',
    publishes: groupId && artifactId ? purlOrWarn(ctx, 'maven', `${resolve(groupId)}/${resolve(artifactId)}`, 'project.artifactId') : null,
    isPrivate: properties.get('maven.deploy.skip') === 'true',
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
