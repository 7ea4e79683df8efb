'use strict';
// Runtime stand-ins for the SPFx base packages in jest (tests/unit/hosts). The real
// @microsoft/sp-webpart-base, sp-component-base, sp-core-library and sp-property-pane load
// only inside SharePoint's module loader: they require @ms/odsp-core-bundle and @msinternal/*
// modules and .resx strings that SharePoint serves. Types still come from the real packages.
// These follow the documented lifecycle: SharePoint creates the web part, hands it its
// context, properties and DOM element, awaits onInit(), then calls render(); dispose() calls
// onDispose() once.

class Version {
  constructor(major, minor, patch) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }
  static parse(text) {
    const [major = 0, minor = 0, patch = 0] = String(text).split('.').map(Number);
    return new Version(major, minor, patch);
  }
  toString() {
    return `${this.major}.${this.minor}.${this.patch}`;
  }
}

class ServiceKey {
  constructor(name) {
    this.name = name;
  }
  static create(name) {
    return new ServiceKey(name);
  }
}

class ThemeChangedEventArgs {
  constructor(theme) {
    this.theme = theme;
  }
}

class ThemeProvider {}
ThemeProvider.serviceKey = ServiceKey.create('sp-component-base:ThemeProvider');

const DisplayMode = { Read: 1, Edit: 2 };

class BaseClientSideWebPart {
  constructor() {
    this._disposed = false;
    this._renderedOnce = false;
  }
  get domElement() {
    return this._domElement;
  }
  get properties() {
    return this._properties;
  }
  get displayMode() {
    return DisplayMode.Read;
  }
  get isDisposed() {
    return this._disposed;
  }
  get renderedOnce() {
    return this._renderedOnce;
  }
  get dataVersion() {
    return Version.parse('1.0');
  }
  onInit() {
    return Promise.resolve();
  }
  onDispose() {}
  onPropertyPaneConfigurationStart() {}
  getPropertyPaneConfiguration() {
    return { pages: [] };
  }
  dispose() {
    if (!this._disposed) {
      this.onDispose();
      this._disposed = true;
    }
  }
  /** What SharePoint's web part manager does when a page (or tab) shows the web part. */
  async _loadForTest(context, properties, domElement) {
    this.context = context;
    this._properties = properties;
    this._domElement = domElement;
    await this.onInit();
    this.render();
    this._renderedOnce = true;
  }
}

function field(type) {
  return (targetProperty, properties) => ({ type, targetProperty, properties });
}

module.exports = {
  Version,
  ServiceKey,
  DisplayMode,
  ThemeProvider,
  ThemeChangedEventArgs,
  BaseClientSideWebPart,
  // PropertyPaneFieldType numbers of sp-property-pane.
  PropertyPaneTextField: field(3),
  PropertyPaneDropdown: field(6),
  PropertyPaneToggle: field(5)
};
