'use strict';
// Builds the Teams app package (manifest, localisation, colour and outline icons) for every
// web part whose manifest lists TeamsTab or TeamsPersonalApp in supportedHosts, so a new
// web part becomes a tab without editing the Teams manifest by hand. Teams allows one
// configurable (channel) tab per app: exactly one web part, the overview, lists TeamsTab.
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');

const teamsHosts = ['TeamsTab', 'TeamsPersonalApp'];

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function webPartManifests(root) {
  const dir = path.join(root, 'src', 'webparts');
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((name) =>
      fs
        .readdirSync(path.join(dir, name))
        .filter((file) => file.endsWith('.manifest.json'))
        .map((file) => readJson(path.join(dir, name, file)))
    )
    .filter((manifest) => manifest.supportedHosts.some((host) => teamsHosts.includes(host)));
}

function tabUrl(componentId, personal) {
  // The URL formats SharePoint hosts SPFx web parts under in Teams (see "Deploy SPFx web parts to Teams").
  return personal
    ? `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`
    : `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`;
}

function buildTeamsManifest(root) {
  const base = readJson(path.join(root, 'teams', 'app.json'));
  const localization = readJson(path.join(root, 'teams', 'en-us.json'));
  const webParts = webPartManifests(root);
  const staticTabs = [];
  const configurableTabs = [];
  for (const webPart of webParts) {
    const entry = webPart.preconfiguredEntries[0];
    const name = entry.title['de-DE'] || entry.title.default;
    if (webPart.supportedHosts.includes('TeamsPersonalApp')) {
      localization[`staticTabs[${staticTabs.length}].name`] = entry.title['en-US'] || entry.title.default;
      staticTabs.push({ entityId: webPart.id, name, contentUrl: tabUrl(webPart.id, true), scopes: ['personal'] });
    }
    if (webPart.supportedHosts.includes('TeamsTab')) {
      configurableTabs.push({ configurationUrl: tabUrl(webPart.id, false), canUpdateConfiguration: true, scopes: ['team', 'groupChat'], context: ['channelTab', 'privateChatTab'] });
    }
  }
  if (configurableTabs.length !== 1) {
    // Teams accepts one configurable tab per app; which web part it is must be a decision, not the alphabet's.
    const names = webParts.filter((webPart) => webPart.supportedHosts.includes('TeamsTab')).map((webPart) => webPart.alias);
    throw new Error(`Exactly one web part may list TeamsTab in supportedHosts (the channel tab); found ${names.length}: ${names.join(', ') || 'none'}.`);
  }
  const manifest = { ...base, staticTabs, configurableTabs };
  return { manifest, localization, webParts };
}

async function writeTeamsPackage(root, outFile) {
  const { manifest, localization } = buildTeamsManifest(root);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('en-us.json', JSON.stringify(localization, null, 2));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, fs.readFileSync(path.join(root, 'teams', icon)));
  }
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, buffer);
  return { manifest, size: buffer.length };
}

module.exports = { buildTeamsManifest, writeTeamsPackage };
