import * as React from 'react';
import * as strings from 'CatalogueWebPartStrings';
import { Catalogue } from '../../../webparts/catalogue/components/Catalogue';
import { measureIdOfDeepLink } from '../../../app/catalogue/measureDeepLink';
import type { WebPartViewProps } from '../webPartViews';

export default function CatalogueView({ services, theme, deepLink }: WebPartViewProps): React.ReactElement {
  return <Catalogue services={services} strings={strings} theme={theme} initialMeasureId={measureIdOfDeepLink(deepLink)} />;
}
