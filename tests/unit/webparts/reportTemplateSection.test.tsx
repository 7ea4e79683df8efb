// The DOM must exist before react-dom loads.
import '../../support/domWindow';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { setIconOptions } from '@fluentui/react';
import { closeDocument, quietActWarnings } from '../../support/domWindow';
import type { ProductServices } from '../../../src/app/services';
import type { StoredReport } from '../../../src/data/reportRepository';
import { ReportTemplateSection } from '../../../src/webparts/steering/components/ReportTemplateSection';

jest.mock('CommonStrings', () => require('../../../scripts/locStrings').readLocStrings('CommonStrings', 'de-de'), { virtual: true });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strings = require('../../../scripts/locStrings').readLocStrings('SteeringWebPartStrings', 'de-de') as ISteeringWebPartStrings;

const stored: StoredReport = {
  id: 7,
  fileName: 'Berichtsvorlage.docx',
  title: 'Vorlage Musterstadt.docx',
  type: 'template',
  year: 2026,
  created: '2026-12-01T09:00:00Z',
  modified: '2026-12-01T09:00:00Z',
  serverRelativeUrl: '/sites/integration/Berichte/Berichtsvorlage.docx',
  url: 'https://contoso.sharepoint.com/sites/integration/Berichte/Berichtsvorlage.docx'
};

async function waitForText(container: HTMLElement, text: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !container.textContent?.includes(text); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(container.textContent).toContain(text);
}

describe('the report template section', () => {
  let container: HTMLDivElement;
  beforeAll(() => {
    setIconOptions({ disableWarnings: true });
    quietActWarnings();
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
  });
  afterEach(() => {
    ReactDOM.unmountComponentAtNode(container);
    container.remove();
  });
  afterAll(() => closeDocument());

  const render = (current: StoredReport | undefined): void => {
    const services = { locale: 'de-DE', reports: { currentTemplate: async () => current } } as unknown as ProductServices;
    ReactDOM.render(<ReportTemplateSection services={services} strings={strings} />, container);
  };

  it('says that reports use the default design when no template is stored, and offers the starter and an upload', async () => {
    render(undefined);
    await waitForText(container, 'Keine Vorlage hinterlegt');
    expect(container.querySelector('[data-testid="report-template-starter"]')?.textContent).toContain('Mustervorlage herunterladen');
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Neue Vorlage hochladen (Word, .docx)');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain('{{Inhalt}}');
    expect(container.querySelector('[data-testid="report-template-remove"]')).toBeNull();
  });

  it('names the template in use with its date and offers to remove it', async () => {
    render(stored);
    await waitForText(container, 'In Verwendung: „Vorlage Musterstadt.docx“, hochgeladen am 01.12.2026.');
    expect(container.querySelector('[data-testid="report-template-remove"]')?.textContent).toContain('Vorlage entfernen');
    expect(container.querySelector('section')?.getAttribute('aria-labelledby')).toBe('report-template-heading');
  });
});
