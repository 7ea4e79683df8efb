import * as path from 'path';
import { ESLint } from 'eslint';

// The Adaptive Card Extensions sit beside the web parts in README "Architecture": their class is
// an SPFx entry point (it alone reaches src/hosts/spfx), their views render what src/app builds.
const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, filePath) });
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`${filePath} could not be linted: ${fatal.map((message) => message.message).join('; ')}`);
  return result.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.message);
}

const extensionClass = 'src/adaptiveCardExtensions/todo/TodoAdaptiveCardExtension.ts';
const cardView = 'src/adaptiveCardExtensions/todo/cardView/TodoCardView.ts';

describe('import layers of the Adaptive Card Extensions', () => {
  it.each([
    ['a card view reaching the composition root', cardView, "import { createProductServices } from '../../../hosts/productServices';"],
    ['a card view importing a web part', cardView, "import { agreementLabel } from '../../../webparts/goalAgreements/agreementLabels';"],
    ['the extension class reaching the workbench host', extensionClass, "import { Workbench } from '../../hosts/workbench/Workbench';"],
    ['a web part importing the card extension', 'src/webparts/catalogue/components/Catalogue.tsx', "import { TodoCardView } from '../../../adaptiveCardExtensions/todo/cardView/TodoCardView';"],
    ['a workflow importing the card extension', 'src/app/todoCard/todoCardContent.ts', "import TodoAdaptiveCardExtension from '../../adaptiveCardExtensions/todo/TodoAdaptiveCardExtension';"]
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['the extension class building its services in hosts/spfx', extensionClass, "import { createAceServices } from '../../hosts/spfx/aceServices';"],
    ['a card view using the card workflow and the domain', cardView, "import { todoCardView } from '../../../app/todoCard/todoCardContent';\nimport { contactTodos } from '../../../domain';"],
    ['the workbench rendering the card content', 'src/hosts/workbench/views/todoCard.tsx', "import { todoQuickViewCard } from '../../../app/todoCard/todoCardContent';"]
  ])('allows %s', async (_case, filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
