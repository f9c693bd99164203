import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these probes prove a wrong import fails the build.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('layer boundaries (DEVELOPERS.md: dependencies point inward)', () => {
  it.each([
    ["import { useState } from 'react';\nexport const s = useState;", 'src/domain/probe.ts'],
    ["import { Button } from '@fluentui/react-components';\nexport const b = Button;", 'src/domain/probe.ts'],
    ["import { app } from '@microsoft/teams-js';\nexport const a = app;", 'src/domain/probe.ts'],
    ["import { x } from '../graph/client';\nexport const y = x;", 'src/domain/probe.ts'],
    ["import { x } from '../notes/components/x';\nexport const y = x;", 'src/features/agenda/probe.ts'],
    ["import { x } from '../../agenda/hooks/useAgenda';\nexport const y = x;", 'src/features/notes/components/probe.ts'],
    ["import { x } from '../features/agenda/x';\nexport const y = x;", 'src/ui/probe.ts'],
    ["import { x } from '../hosts/host';\nexport const y = x;", 'src/graph/probe.ts'],
    ["import { Document } from 'docx';\nexport const d = Document;", 'src/domain/probe.ts'],
    ["import { x } from '../documents/referat-docx';\nexport const y = x;", 'src/domain/probe.ts'],
    ["import { x } from '../graph/client';\nexport const y = x;", 'src/documents/probe.ts'],
    ["import { x } from '../ui/x';\nexport const y = x;", 'src/documents/probe.ts'],
  ])('rejects %j in %s', async (code, file) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('rejects raw HTML in the app: list text is untrusted (issue #9, point 10)', async () => {
    const jsx = 'export const A = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;\n';
    expect(await ruleIdsFor(jsx, 'src/ui/probe.tsx')).toContain('no-restricted-syntax');
    expect(
      await ruleIdsFor('export const f = (e: Element, t: string) => {\n  e.innerHTML = t;\n};\n', 'src/features/agenda/probe.ts'),
    ).toContain('no-restricted-syntax');
    expect(await ruleIdsFor('export const A = ({ t }: { t: string }) => <div>{t}</div>;\n', 'src/ui/probe.tsx')).toEqual([]);
  });

  it('rejects fetch and window in the domain', async () => {
    const ids = await ruleIdsFor('export const f = () => fetch(window.location.href);\n', 'src/domain/probe.ts');
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  it('allows the domain to import itself and features to import ui and domain', async () => {
    expect(await ruleIdsFor("import type { Meeting } from './meeting';\nexport type M = Meeting;\n", 'src/domain/probe.ts')).toEqual([]);
    expect(
      await ruleIdsFor(
        "import type { Meeting } from '../../domain/meeting';\nimport { x } from '../../ui/x';\nexport type M = Meeting;\nexport const y = x;\n",
        'src/features/notes/probe.ts',
      ),
    ).toEqual([]);
  });
});

describe('ui and features reach Graph, hosts and sign-in only through the services and ports (issue #12, point 7)', () => {
  it.each([
    ["import { createGraphClient } from '../graph/client';\nexport const c = createGraphClient;", 'src/ui/probe.ts'],
    ["import { outlookSignIn } from '../hosts/office-dialog';\nexport const o = outlookSignIn;", 'src/ui/probe.tsx'],
    ["import { DEV_TOKEN } from '../auth/dev-token-provider';\nexport const t = DEV_TOKEN;", 'src/ui/probe.ts'],
    [
      "import { createGraphClient } from '../../../graph/client';\nexport const c = createGraphClient;",
      'src/features/notes/hooks/probe.ts',
    ],
    ["import type { AgendaRepository } from '../../graph';\nexport type R = AgendaRepository;", 'src/features/prepare/probe.ts'],
    [
      "import { createOutlookHost } from '../../../hosts/outlook-host';\nexport const h = createOutlookHost;",
      'src/features/agenda/components/probe.tsx',
    ],
    [
      "import { SignInError } from '../../../auth/naa-token-provider';\nexport const e = SignInError;",
      'src/features/notes/components/probe.tsx',
    ],
  ])('rejects %j in %s', async (code, file) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it('lets them use the host port and the services', async () => {
    const ports =
      "import type { MeetingHost } from '../../domain/host-port';\nimport { useServices } from '../../ui/services';\nexport type H = MeetingHost;\nexport const s = useServices;\n";
    expect(await ruleIdsFor(ports, 'src/features/agenda/probe.ts')).toEqual([]);
  });
});

describe('sign-in in one place (issue #12, point 6)', () => {
  const msal = "import type { Configuration } from '@azure/msal-browser';\nexport type C = Configuration;\n";

  it.each(['src/app/probe.ts', 'src/hosts/probe.ts', 'src/ui/probe.tsx', 'src/features/notes/probe.ts'])(
    'keeps MSAL out of %s',
    async (file) => {
      expect(await ruleIdsFor(msal, file)).toContain('@typescript-eslint/no-restricted-imports');
    },
  );

  it('lets src/auth use MSAL', async () => {
    expect(await ruleIdsFor(msal, 'src/auth/probe.ts')).toEqual([]);
  });
});

describe('the local Graph service is a product of its own (issue #12, point 1)', () => {
  it.each([
    ["import { x } from '../../src/features/agenda/x';\nexport const y = x;", 'local-graph/src/probe.ts'],
    ["import { x } from '../../src/ui/x';\nexport const y = x;", 'local-graph/src/probe.ts'],
    ["import { x } from '../../src/hosts/host';\nexport const y = x;", 'local-graph/src/probe.ts'],
    ["import { x } from '../../src/app/compose';\nexport const y = x;", 'local-graph/src/probe.ts'],
    ["import { x } from '../../scripts/cli-io';\nexport const y = x;", 'local-graph/src/probe.ts'],
    ["import { useState } from 'react';\nexport const s = useState;", 'local-graph/src/probe.ts'],
  ])('rejects %j in %s', async (code, file) => {
    expect(await ruleIdsFor(code, file)).toContain('no-restricted-imports');
  });

  it.each(['src/graph/probe.ts', 'src/domain/probe.ts', 'src/features/agenda/probe.ts', 'src/app/probe.ts', 'src/ui/probe.tsx'])(
    'keeps it out of the app: %s cannot import local-graph',
    async (file) => {
      const up = '../'.repeat(file.split('/').length - 1);
      expect(await ruleIdsFor(`import { x } from '${up}local-graph/src/index';\nexport const y = x;\n`, file)).toContain(
        'boundary/no-restricted-imports',
      );
    },
  );

  it('lets it import the domain and the list shapes, and lets tests, scripts and the Vite config start it', async () => {
    const seedImports =
      "import { parseDocument } from '../../src/domain/parse';\nimport { provision } from '../../src/graph/provision';\nexport const y = [parseDocument, provision];\n";
    expect(await ruleIdsFor(seedImports, 'local-graph/src/probe.ts')).toEqual([]);
    const start = (up: string) => `import { startLocalGraph } from '${up}local-graph/src/index';\nexport const y = startLocalGraph;\n`;
    expect(await ruleIdsFor(start('../../'), 'src/graph/probe.local.test.ts')).toEqual([]);
    expect(await ruleIdsFor(start('../../'), 'scripts/commands/probe.ts')).toEqual([]);
    expect(await ruleIdsFor(start('../../../'), 'tests/e2e/support/probe.ts')).toEqual([]);
    expect(await ruleIdsFor(start('./'), 'vite.config.ts')).toEqual([]);
  });
});

describe('fakes and test helpers are for tests only (issue #12, point 10)', () => {
  it('rejects them in app code and in the local service, and allows them in tests', async () => {
    const fake = (up: string) => `import { createFakeHost } from '${up}tests/fakes/fake-host';\nexport const y = createFakeHost;\n`;
    expect(await ruleIdsFor(fake('../../../'), 'src/features/agenda/probe.ts')).toContain('boundary/no-restricted-imports');
    expect(await ruleIdsFor(fake('../../'), 'local-graph/src/probe.ts')).toContain('boundary/no-restricted-imports');
    expect(await ruleIdsFor(fake('../../../'), 'src/features/agenda/probe.test.ts')).toEqual([]);
    const harness = "import { createHarness } from '../../tests/helpers/local-graph/test-harness';\nexport const y = createHarness;\n";
    expect(await ruleIdsFor(harness, 'local-graph/src/probe.test.ts')).toEqual([]);
    expect(await ruleIdsFor(harness, 'local-graph/src/probe.ts')).toContain('boundary/no-restricted-imports');
  });

  it("lets only a feature's own tests use its render helper", async () => {
    const helper = (up: string) =>
      `import { renderPrepareView } from '${up}tests/helpers/prepare/render-prepare-view';\nexport const y = renderPrepareView;\n`;
    expect(await ruleIdsFor(helper('../../../../'), 'src/features/prepare/components/probe.test.tsx')).toEqual([]);
    expect(await ruleIdsFor(helper('../../../../'), 'src/features/notes/components/probe.test.tsx')).toContain('no-restricted-imports');
    expect(await ruleIdsFor(helper('../../../../'), 'src/features/agenda/components/probe.test.tsx')).toContain('no-restricted-imports');
  });
});
