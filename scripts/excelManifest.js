'use strict';
// The Excel add-in's XML (add-in only) manifest: the manifest Excel accepts in production on
// every platform (Windows, Mac, the web, iPad). The unified JSON manifest is only a preview for
// Excel, so it is not emitted. Also writes the pane's production files (office.js from
// Microsoft's CDN) and copies its ribbon icons, ready to be served from one https origin.
//
//   node scripts/excelManifest.js --base-url https://cdn.stadt.example/integrationsplanung/excel \
//     --site https://stadt.sharepoint.com/sites/integration --client-id <app id> --tenant stadt.onmicrosoft.com [--out release/excel]
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/**
 * The add-in's id, version and pane, in one file the product reads too: the department workbooks
 * name the add-in by id and version in their web-extension part (src/indicatorSheet/webExtensionParts.ts).
 * The id is fixed, so that a new version replaces the installed one instead of adding a second add-in.
 */
const addIn = require('../src/indicatorSheet/excelAddIn.json');
const addInId = addIn.id;
/**
 * The reserved TaskpaneId of the pane Excel opens with a workbook that carries our web-extension
 * part (AddInCommands 1.1); the ribbon button shows the same pane, so there is only ever one.
 */
const taskpaneId = addIn.taskpaneId;
const iconSizes = [16, 32, 64, 80];
/** The committed ribbon and store icons, `icon-<size>.png`: the product's accent colour with a white bar chart. */
const iconDir = path.join(root, 'src', 'excel', 'assets');
/** Requirement set: getRangeByIndexes (1.7), data validation (1.8); comments (1.10) are used where present. */
const excelApiVersion = '1.8';

const defaults = {
  baseUrl: 'https://integrationsplanung.stadt.example/excel',
  siteUrl: 'https://stadt.sharepoint.com/sites/integration',
  clientId: '00000000-0000-0000-0000-000000000000',
  tenant: 'stadt.onmicrosoft.com'
};

function readSolution() {
  return JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')).solution;
}

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Where Excel loads the pane: the pane learns site, app and tenant from its own address. */
function taskpaneUrl({ baseUrl, siteUrl, clientId, tenant }) {
  const query = new URLSearchParams({ site: siteUrl, clientId, tenant });
  return `${baseUrl.replace(/\/+$/, '')}/taskpane.html?${query.toString()}`;
}

function iconUrl(baseUrl, size) {
  return `${baseUrl.replace(/\/+$/, '')}/assets/icon-${size}.png`;
}

/**
 * @param {{ baseUrl: string, siteUrl: string, clientId: string, tenant: string }} settings
 * @returns {string} the manifest XML
 */
function buildExcelManifest(settings) {
  const { baseUrl, siteUrl } = settings;
  for (const [name, url] of [['base URL', baseUrl], ['site URL', siteUrl]]) {
    if (!/^https:\/\/[^/]+/.test(url)) {
      throw new Error(`The ${name} must be an https:// address (Office loads add-ins over https only): ${url}`);
    }
  }
  const solution = readSolution();
  const pane = escapeXml(taskpaneUrl(settings));
  const text = {
    displayName: { de: 'Integrationsplanung – Kennzahlen', en: 'Integration planning – indicators' },
    description: {
      de: 'Kennzahlen des Integrationskonzepts für Ihren Fachbereich in Excel erfassen, prüfen und absenden.',
      en: "Enter, check and submit your department's indicator values of the integration concept in Excel."
    },
    group: { de: 'Integrationsplanung', en: 'Integration planning' },
    button: { de: 'Kennzahlen erfassen', en: 'Enter indicators' },
    tooltip: {
      de: 'Öffnet den Aufgabenbereich: Jahr öffnen, Werte eintragen, prüfen und absenden.',
      en: 'Opens the task pane: open a year, enter values, check and submit.'
    },
    getStarted: {
      de: 'Wählen Sie auf der Registerkarte „Start“ die Schaltfläche „Kennzahlen erfassen“.',
      en: 'On the Home tab, choose "Enter indicators".'
    }
  };
  const override = (value) => `<Override Locale="en-US" Value="${escapeXml(value)}" />`;
  const btOverride = (value) => `<bt:Override Locale="en-US" Value="${escapeXml(value)}" />`;
  const icon = (size) => escapeXml(iconUrl(baseUrl, size));
  const appDomains = [new URL(siteUrl).origin, 'https://login.microsoftonline.com'];
  const icons = (prefix) => `<Icon>
                  <bt:Image size="16" resid="${prefix}16" />
                  <bt:Image size="32" resid="${prefix}32" />
                  <bt:Image size="80" resid="${prefix}80" />
                </Icon>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${addInId}</Id>
  <Version>${escapeXml(addIn.version)}</Version>
  <ProviderName>${escapeXml(solution.developer.name)}</ProviderName>
  <DefaultLocale>de-DE</DefaultLocale>
  <DisplayName DefaultValue="${escapeXml(text.displayName.de)}">
    ${override(text.displayName.en)}
  </DisplayName>
  <Description DefaultValue="${escapeXml(text.description.de)}">
    ${override(text.description.en)}
  </Description>
  <IconUrl DefaultValue="${icon(32)}" />
  <HighResolutionIconUrl DefaultValue="${icon(64)}" />
  <SupportUrl DefaultValue="${escapeXml(solution.developer.websiteUrl)}" />
  <AppDomains>
${appDomains.map((domain) => `    <AppDomain>${escapeXml(domain)}</AppDomain>`).join('\n')}
  </AppDomains>
  <Hosts>
    <Host Name="Workbook" />
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="${excelApiVersion}">
      <Set Name="ExcelApi" MinVersion="${excelApiVersion}" />
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${pane}" />
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title" />
            <Description resid="GetStarted.Description" />
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl" />
          </GetStarted>
          <FunctionFile resid="Taskpane.Url" />
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="Integrationsplanung.Group">
                <Label resid="Group.Label" />
                ${icons('Icon.')}
                <Control xsi:type="Button" id="Integrationsplanung.OpenPane">
                  <Label resid="Button.Label" />
                  <Supertip>
                    <Title resid="Button.Label" />
                    <Description resid="Button.Tooltip" />
                  </Supertip>
                  ${icons('Icon.')}
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${taskpaneId}</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url" />
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${[16, 32, 80].map((size) => `        <bt:Image id="Icon.${size}" DefaultValue="${icon(size)}" />`).join('\n')}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${pane}" />
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${escapeXml(solution.developer.websiteUrl)}" />
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="GetStarted.Title" DefaultValue="${escapeXml(text.displayName.de)}">${btOverride(text.displayName.en)}</bt:String>
        <bt:String id="Group.Label" DefaultValue="${escapeXml(text.group.de)}">${btOverride(text.group.en)}</bt:String>
        <bt:String id="Button.Label" DefaultValue="${escapeXml(text.button.de)}">${btOverride(text.button.en)}</bt:String>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="${escapeXml(text.getStarted.de)}">${btOverride(text.getStarted.en)}</bt:String>
        <bt:String id="Button.Tooltip" DefaultValue="${escapeXml(text.tooltip.de)}">${btOverride(text.tooltip.en)}</bt:String>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/**
 * Writes manifest.xml, the production task pane (taskpane.html with office.js from Microsoft's
 * CDN, taskpane.js) and assets/icon-*.png into outDir. Everything but the manifest is served
 * from `baseUrl`; the manifest goes to the admin centre (or a shared folder catalogue).
 */
async function writeExcelAddIn(outDir, settings = {}) {
  const resolved = { ...defaults, ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value)) };
  const manifest = buildExcelManifest(resolved);
  fs.mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'manifest.xml'), manifest);
  for (const size of iconSizes) {
    fs.copyFileSync(path.join(iconDir, `icon-${size}.png`), path.join(outDir, 'assets', `icon-${size}.png`));
  }
  const { buildTaskpane } = require('./buildTaskpane');
  await buildTaskpane(outDir, { minify: true, officeJs: 'cdn' });
  return { manifest, settings: resolved, usesPlaceholders: Object.keys(defaults).some((key) => !settings[key]) };
}

function settingsFromEnvironment(env = process.env) {
  return { baseUrl: env.EXCEL_ADDIN_BASE_URL, siteUrl: env.EXCEL_ADDIN_SITE_URL, clientId: env.EXCEL_ADDIN_CLIENT_ID, tenant: env.EXCEL_ADDIN_TENANT };
}

module.exports = { buildExcelManifest, writeExcelAddIn, settingsFromEnvironment, taskpaneUrl, iconUrl, addInId, taskpaneId, excelApiVersion, iconSizes, defaults };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const fromEnv = settingsFromEnvironment();
  const settings = {
    baseUrl: option('--base-url') ?? fromEnv.baseUrl,
    siteUrl: option('--site') ?? fromEnv.siteUrl,
    clientId: option('--client-id') ?? fromEnv.clientId,
    tenant: option('--tenant') ?? fromEnv.tenant
  };
  const outDir = path.resolve(option('--out') ?? path.join(root, 'release', 'excel'));
  writeExcelAddIn(outDir, settings).then(
    (result) => {
      console.log(`Excel add-in: ${path.relative(root, path.join(outDir, 'manifest.xml'))} (pane at ${result.settings.baseUrl})`);
      if (result.usesPlaceholders) {
        console.log('  Placeholders used; pass --base-url, --site, --client-id and --tenant (or EXCEL_ADDIN_* variables) for the tenant.');
      }
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    }
  );
}
