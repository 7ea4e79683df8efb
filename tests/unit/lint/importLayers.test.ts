import * as path from 'path';
import { ESLint } from 'eslint';

// The layering of README "Architecture" is held by .eslintrc.js; these cases show that a wrong
// import fails `npm run lint` and a right one passes. Each case lints a small text as if it were
// a file at that place in src/ (the file names exist, so the typed parser finds them in tsconfig).
const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const rule = '@typescript-eslint/no-restricted-imports';

async function problems(filePath: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) {
    throw new Error(`${filePath} could not be linted: ${fatal.map((message) => message.message).join('; ')}`);
  }
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

const restrictedImports = (filePath: string, code: string): Promise<string[]> => problems(filePath, code, rule);

describe('import layers', () => {
  it.each([
    ['a component reaching the composition root', 'src/webparts/catalogue/components/Catalogue.tsx', "import { createProductServices } from '../../../hosts/productServices';"],
    ['a web part importing another web part', 'src/webparts/catalogue/components/Catalogue.tsx', "import { agreementLabel } from '../../goalAgreements/agreementLabels';"],
    ['a web part importing the Excel pane', 'src/webparts/indicatorEntry/components/IndicatorEntry.tsx', "import { IndicatorPane } from '../../../excel/components/IndicatorPane';"],
    ['the Excel pane importing a web part', 'src/excel/components/IndicatorPane.tsx', "import { Catalogue } from '../../webparts/catalogue/components/Catalogue';"],
    ['a workflow importing Fluent UI', 'src/app/overview/overviewModel.ts', "import { Stack } from '@fluentui/react';"],
    ['a workflow importing a shared component', 'src/app/overview/overviewModel.ts', "import { ErrorMessage } from '../../ui/ErrorMessage';"],
    ['a repository importing a workflow', 'src/data/catalogueRepository.ts', "import { loadOverview } from '../app/overview/overviewModel';"],
    ['the HTTP layer importing a repository', 'src/http/serviceError.ts', "import { CatalogueRepository } from '../data/catalogueRepository';"],
    ['the domain importing a library', 'src/domain/measure.ts', "import { spfi } from '@pnp/sp';"],
    ['the domain importing the HTTP layer', 'src/domain/measure.ts', "import { ServiceError } from '../http/serviceError';"],
    ['scheduling importing a repository', 'src/scheduling/freeBusy.ts', "import { MeetingRepository } from '../data/meetingRepository';"]
  ])('refuses %s', async (_case, filePath, code) => {
    const messages = await restrictedImports(filePath, `${code}\n`);
    expect(messages).toHaveLength(1);
  });

  it.each([
    ['a component using a workflow, shared UI and the domain', 'src/webparts/catalogue/components/Catalogue.tsx', "import { loadOverview } from '../../../app/overview/overviewModel';\nimport { ErrorMessage } from '../../../ui/ErrorMessage';\nimport { currentPlanPeriod } from '../../../domain';"],
    ['a web part class extending the SPFx base class', 'src/webparts/catalogue/CatalogueWebPart.ts', "import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';"],
    ['an app workflow folder named like a layer', 'src/app/indicatorEntry/sheetModelSource.ts', "import { loadCatalogueImportSource } from '../catalogueImport/catalogueImportSource';"],
    ['a repository naming the submission types it implements', 'src/data/indicatorValueRepository.ts', "import type { IndicatorValueWriter } from '../indicatorSheet/submission';"],
    ['the composition root building repositories', 'src/hosts/productServices.ts', "import { CatalogueRepository } from '../data/catalogueRepository';"]
  ])('allows %s', async (_case, filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\n`)).toEqual([]);
  });

  it('refuses a web part class reaching the workbench host', async () => {
    expect(await restrictedImports('src/webparts/catalogue/CatalogueWebPart.ts', "import { Workbench } from '../../hosts/workbench/Workbench';\n")).toHaveLength(1);
  });
});

describe('components render, workflows call the services', () => {
  const component = 'src/ui/DataTable.tsx';

  it('refuses a service call in a .tsx file, however the services arrive', async () => {
    const code = 'export async function f(services: any, props: any): Promise<void> {\n  await services.catalogue.measures(1);\n  await props.services.meetings.meetingsOf(2026);\n}\n';
    expect(await problems(component, code, 'no-restricted-syntax')).toHaveLength(2);
  });

  it('allows reading the locale and calling a workflow with the services', async () => {
    const code = "export function f(services: any, load: (s: unknown) => void): boolean {\n  load(services);\n  return services.locale.startsWith('en');\n}\n";
    expect(await problems(component, code, 'no-restricted-syntax')).toEqual([]);
  });

  it('refuses a component over 300 lines', async () => {
    const code = `export const lines = [\n${'  1,\n'.repeat(300)}];\n`;
    expect(await problems(component, code, 'max-lines')).toHaveLength(1);
  });
});
