import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/**
 * A site that installed an earlier release gets the feature's elements only through its upgrade
 * actions: SharePoint applies element manifests on first activation only. These checks hold the
 * upgrade files to elements.xml, the definition a fresh install uses, without building the package.
 */
const root = path.resolve(__dirname, '../..');
const assets = path.join(root, 'sharepoint/assets');
const feature = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution.features[0];
const read = (file: string): string => fs.readFileSync(path.join(assets, file), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Field', 'ContentType', 'ListInstance', 'FieldRef', 'AddContentTypeField', 'ElementManifest'].includes(name) });

interface Element {
  readonly ID?: string;
  readonly Url?: string;
  readonly FieldRefs?: { readonly FieldRef: ReadonlyArray<{ readonly ID: string; readonly Name: string }> };
}

/** Each top-level element of a manifest with its own XML text, whitespace-normalised. */
function elementsOf(xml: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const match of xml.matchAll(/^ {2}<(Field|ContentType|ListInstance) [^>]*?(?:ID|Url)="([^"]+)"[\s\S]*?(?:\/>|<\/\1>)$/gm)) {
    texts.set(`${match[1]} ${match[2]}`, match[0].replace(/\s+/g, ' '));
  }
  return texts;
}

const elements = parser.parse(read('elements.xml')).Elements as { Field: Element[]; ContentType: Element[]; ListInstance: Element[] };
const upgradeElements = parser.parse(read('upgrade-elements-1.1.xml')).Elements as { Field: Element[]; ContentType: Element[]; ListInstance: Element[] };
const upgrade = parser.parse(read('upgrade-actions-1.1.xml')).VersionRange;

describe('feature upgrade 1.0.0.0 → 1.1.0.0', () => {
  it('raises the feature version to where the version range ends, and applies the upgrade manifest from the feature folder', () => {
    expect(feature.version).toBe('1.1.0.0');
    expect(upgrade.BeginVersion).toBe('1.0.0.0');
    expect(upgrade.EndVersion).toBe(feature.version);
    expect(feature.assets.upgradeActions).toEqual(['upgrade-actions-1.1.xml']);
    // SPFx packs element manifests under the feature's id; that path is what ApplyElementManifests names.
    expect(upgrade.ApplyElementManifests.ElementManifest.map((manifest: { Location: string }) => manifest.Location)).toEqual([`${feature.id}\\upgrade-elements-1.1.xml`]);
    expect(feature.assets.elementManifests).toEqual(['elements.xml', 'upgrade-elements-1.1.xml']);
  });

  it('repeats each element exactly as elements.xml defines it, so upgraded and new sites get the same columns and lists', () => {
    const full = elementsOf(read('elements.xml'));
    const copies = elementsOf(read('upgrade-elements-1.1.xml'));
    expect(copies.size).toBe(upgradeElements.Field.length + upgradeElements.ContentType.length + upgradeElements.ListInstance.length);
    for (const [key, text] of copies) {
      expect({ key, text }).toEqual({ key, text: full.get(key) });
    }
    expect(upgradeElements.ListInstance.map((list) => list.Url)).toEqual(['Lists/CorrectionRequests', 'Lists/BodySessions', 'Lists/GuidingGoals', 'Lists/ActionItems', 'Lists/ValueReviews', 'Veroeffentlichungen', 'Kennzahlenmappen', 'Lists/Reminders']);
    // Whatever the new list's content type refers to exists before the list is created.
    const known = new Set([...elements.Field.map((field) => field.ID)]);
    for (const ref of upgradeElements.ContentType.flatMap((type) => type.FieldRefs?.FieldRef ?? [])) {
      expect({ ref: ref.Name, known: known.has(ref.ID) || ref.Name === 'Title' }).toEqual({ ref: ref.Name, known: true });
    }
  });

  it('adds every new column to the existing content types that use it, pushed down to their lists', () => {
    const newFields = new Set(upgradeElements.Field.map((field) => field.ID!.toLowerCase()));
    const newTypes = new Set(upgradeElements.ContentType.map((type) => type.ID));
    const existingTypes = elements.ContentType.filter((type) => !newTypes.has(type.ID));
    const wanted = existingTypes.flatMap((type) =>
      (type.FieldRefs?.FieldRef ?? []).filter((ref) => newFields.has(ref.ID.toLowerCase())).map((ref) => `${type.ID} ${ref.ID.toLowerCase()}`)
    );
    const added = (upgrade.AddContentTypeField as Array<{ ContentTypeId: string; FieldId: string; PushDown: string }>).map((add) => {
      expect(add.PushDown).toBe('TRUE');
      return `${add.ContentTypeId} ${add.FieldId.toLowerCase()}`;
    });
    // Every new column on an existing content type is added; an existing column newly used there too.
    expect(added).toEqual(expect.arrayContaining(wanted));
    const inElements = new Set(existingTypes.flatMap((type) => (type.FieldRefs?.FieldRef ?? []).map((ref) => `${type.ID} ${ref.ID.toLowerCase()}`)));
    for (const add of added) {
      expect({ add, inElements: inElements.has(add) }).toEqual({ add, inElements: true });
    }
    expect(new Set(added).size).toBe(added.length);
    // 1.1: CreateKey and the corrections' columns; plan period lifecycle and create key, predecessors, series, goal change sessions and key;
    // the Beirat's release and the publication on reports; the deadline on reporting years.
    expect(added).toHaveLength(29);
    // An existing column newly used: the plan period on goal changes.
    expect(added.filter((add) => !wanted.includes(add))).toHaveLength(1);
  });
});
