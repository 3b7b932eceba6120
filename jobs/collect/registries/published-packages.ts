/**
 * Which packages a repo publishes, by a light read of its manifests at HEAD (DESIGN §3 "packages it
 * publishes", §4.5 "Skip manifests under example/test/fixture paths when deciding what a repo
 * publishes"): package.json `name` unless `private`, Cargo.toml `[package] name` unless
 * `publish = false`, pyproject `[project] name` (or Poetry's), composer.json `name`, pubspec.yaml
 * `name` unless `publish_to: none`. Pure: paths and texts in; an unreadable manifest is skipped.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export type RegistryName = 'npm' | 'crates' | 'pypi' | 'packagist' | 'pubdev';

export interface PublishedPackage {
  registry: RegistryName;
  name: string;
  /** Manifest path it was read from. */
  manifest: string;
}

/** Path segments that mark example, test, fixture and template code (DESIGN §4.5). */
export const NON_PUBLISHED_SEGMENT = /^(examples?|samples?|demos?|tests?|__tests__|testdata|test-?cases?|fixtures?|templates?|benches|e2e)$/i;

function object(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function nameFrom(manifest: string, text: string): { registry: RegistryName; name: string } | null {
  const file = manifest.split('/').pop();
  switch (file) {
    case 'package.json': {
      const json = object(JSON.parse(text));
      return json && typeof json.name === 'string' && json.private !== true ? { registry: 'npm', name: json.name } : null;
    }
    case 'Cargo.toml': {
      const pkg = object(parseToml(text).package);
      return pkg && typeof pkg.name === 'string' && pkg.publish !== false ? { registry: 'crates', name: pkg.name } : null;
    }
    case 'pyproject.toml': {
      const toml = parseToml(text);
      const project = object(toml.project);
      const poetry = object(object(object(toml.tool)?.poetry) ?? null);
      const name = project?.name ?? poetry?.name;
      return typeof name === 'string' ? { registry: 'pypi', name } : null;
    }
    case 'composer.json': {
      const json = object(JSON.parse(text));
      return json && typeof json.name === 'string' && json.name.includes('/') ? { registry: 'packagist', name: json.name } : null;
    }
    case 'pubspec.yaml': {
      const yaml = object(parseYaml(text));
      return yaml && typeof yaml.name === 'string' && yaml.publish_to !== 'none' ? { registry: 'pubdev', name: yaml.name } : null;
    }
    default:
      return null;
  }
}

export function publishedPackages(manifests: ReadonlyArray<{ path: string; text: string }>): PublishedPackage[] {
  const seen = new Set<string>();
  const out: PublishedPackage[] = [];
  for (const { path, text } of manifests) {
    if (path.split('/').slice(0, -1).some((s) => NON_PUBLISHED_SEGMENT.test(s))) continue;
    let found: { registry: RegistryName; name: string } | null = null;
    try {
      found = nameFrom(path, text);
    } catch {
      continue; // unparsable manifest: the compute stage reports it with file and field
    }
    if (!found || !found.name.trim()) continue;
    const key = `${found.registry}:${found.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...found, manifest: path });
  }
  return out.sort((a, b) => a.registry.localeCompare(b.registry) || a.name.localeCompare(b.name));
}
