/**
 * Go `go.mod` (DESIGN §4.5; Go Modules Reference, "go.mod files"). `module <path>` publishes
 * `pkg:golang/<path>`. `require` lines, single or in a `( … )` block, are runtime dependencies;
 * `// indirect` ones too (they are compiled into the module's builds). A `replace` whose target
 * is a local directory (`=> ./x`, `../x`, `/abs`) makes that module an internal dependency.
 * `exclude`, `retract`, `tool`, `toolchain` and `go` directives add no edge.
 */
import type { ParsedManifest } from '../types.ts';
import { DependencyList, purlOrWarn, warnManifest, type ManifestContext } from './manifest-context.ts';
import { isExampleOrTestPath } from './example-or-test.ts';

interface GoDirectiveLine {
  verb: string;
  args: string[];
  line: number;
}

function unquote(token: string): string {
  return token.length >= 2 && (token[0] === '"' || token[0] === '`') && token.at(-1) === token[0] ? token.slice(1, -1) : token;
}

/** Splits go.mod into (verb, args) lines, expanding `verb ( … )` blocks and dropping comments. */
function directives(text: string): GoDirectiveLine[] {
  const out: GoDirectiveLine[] = [];
  let block: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.replace(/\/\/.*$/, '').trim();
    if (!code) continue;
    if (block) {
      if (code === ')') block = null;
      else out.push({ verb: block, args: code.split(/\s+/).map(unquote), line: i + 1 });
      continue;
    }
    const tokens = code.split(/\s+/);
    if (tokens[1] === '(' && tokens.length === 2) {
      block = tokens[0]!;
      continue;
    }
    out.push({ verb: tokens[0]!, args: tokens.slice(1).map(unquote), line: i + 1 });
  }
  return out;
}

const isLocalPath = (p: string): boolean => p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..';

export function parseGoMod(text: string, ctx: ManifestContext): ParsedManifest | null {
  let modulePath: string | null = null;
  const requires: { module: string; version: string | null; line: number }[] = [];
  const localReplacements = new Set<string>();
  for (const d of directives(text)) {
    if (d.verb === 'module') modulePath = d.args[0] ?? null;
    else if (d.verb === 'require') {
      if (d.args.length < 2) warnManifest(ctx, `line ${d.line}`, 'require without a version, skipped');
      else requires.push({ module: d.args[0]!, version: d.args[1]!, line: d.line });
    } else if (d.verb === 'replace') {
      const arrow = d.args.indexOf('=>');
      const target = arrow >= 0 ? d.args[arrow + 1] : undefined;
      if (!target || arrow < 1) warnManifest(ctx, `line ${d.line}`, 'replace without `=>` target, ignored');
      else if (isLocalPath(target)) localReplacements.add(d.args[0]!);
    }
  }
  if (!modulePath) warnManifest(ctx, 'module', 'no module directive: the module publishes nothing');
  const deps = new DependencyList();
  for (const r of requires) deps.add(purlOrWarn(ctx, 'golang', r.module, `line ${r.line}`), r.version, 'runtime', localReplacements.has(r.module));
  return {
    path: ctx.path,
    kind: 'go.mod',
    publishes: modulePath ? purlOrWarn(ctx, 'golang', modulePath, 'module') : null,
    isPrivate: false,
    isExampleOrTest: isExampleOrTestPath(ctx.path),
    dependencies: deps.toArray(),
  };
}
