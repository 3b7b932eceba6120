import { describe, expect, it } from 'vitest';
import { parsePomXml } from './pom-xml.ts';
import { realManifest, testContext } from './test-support.ts';

describe('parsePomXml', () => {
  it('reads the real lightsail-network/java-stellar-sdk pom.xml', () => {
    const ctx = testContext('pom.xml');
    const m = parsePomXml(realManifest('lightsail-network/java-stellar-sdk', 'pom.xml'), ctx)!;
    expect(ctx.warnings).toEqual([]);
    expect(m.publishes).toBe('pkg:maven/network.lightsail/stellar-sdk');
    expect(m.dependencies).toEqual([]);
  });

  it('maps scopes, resolves ${properties}, inherits groupId from the parent', () => {
    const ctx = testContext('module/pom.xml');
    const m = parsePomXml(
      `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <parent><groupId>org.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version></parent>
  <artifactId>acme-core</artifactId>
  <properties><okhttp.version>4.12.0</okhttp.version><maven.deploy.skip>true</maven.deploy.skip></properties>
  <dependencyManagement><dependencies><dependency><groupId>org.managed</groupId><artifactId>only-pinned</artifactId><version>1</version></dependency></dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId><version>\${okhttp.version}</version></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.10.0</version><scope>test</scope></dependency>
    <dependency><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>\${unknown.version}</version><scope>provided</scope></dependency>
    <dependency><groupId>org.acme</groupId><artifactId>acme-util</artifactId><version>\${project.version}</version><scope>runtime</scope></dependency>
    <dependency><artifactId>no-group</artifactId></dependency>
  </dependencies>
</project>`,
      ctx,
    )!;
    expect(m.publishes).toBe('pkg:maven/org.acme/acme-core');
    expect(m.isPrivate).toBe(true);
    expect(m.dependencies).toEqual([
      { purl: 'pkg:maven/com.squareup.okhttp3/okhttp', versionRange: '4.12.0', scope: 'runtime', internal: false },
      { purl: 'pkg:maven/org.acme/acme-util', versionRange: '2.0.0', scope: 'runtime', internal: false },
      { purl: 'pkg:maven/org.junit.jupiter/junit-jupiter', versionRange: '5.10.0', scope: 'dev', internal: false },
      { purl: 'pkg:maven/org.projectlombok/lombok', versionRange: '${unknown.version}', scope: 'build', internal: false },
    ]);
    expect(ctx.warnings.map((w) => w.field)).toEqual(['project.dependencies.dependency[4]']);
  });

  it('a file without <project> is one warning and no manifest', () => {
    const ctx = testContext('pom.xml');
    expect(parsePomXml('<settings/>', ctx)).toBeNull();
    expect(parsePomXml('<<<', ctx)).toBeNull();
    expect(ctx.warnings).toHaveLength(2);
  });
});
