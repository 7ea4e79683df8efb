import * as React from 'react';
import { DefaultButton, Link, MessageBar } from '@fluentui/react';
import type { PublicationKind } from '../../../domain';
import type { PublishedFile } from '../../../data/publicationRepository';
import { DataTable } from '../../../ui/DataTable';
import { format, formatDateTime } from '../../../ui/format';

export interface PublishedFilesListProps {
  readonly files: readonly PublishedFile[];
  readonly strings: ISteeringWebPartStrings;
  readonly locale: string;
  readonly onDownload: (file: PublishedFile) => void;
}

/** What "Veröffentlichungen" holds, with a link to each file (opens in SharePoint) and a download. */
export function PublishedFilesList({ files, strings, locale, onDownload }: PublishedFilesListProps): React.ReactElement {
  const kindText: Record<PublicationKind, string> = { report: strings.PublicationKindReport, datasetCsv: strings.PublicationKindCsv, datasetHtml: strings.PublicationKindHtml };
  return (
    // The table's caption names it; a heading above would repeat it.
    <section aria-label={strings.PublicationFilesHeading}>
      {files.length === 0 ? (
        <MessageBar>{strings.PublicationNoFiles}</MessageBar>
      ) : (
        <DataTable
          caption={strings.PublicationFilesHeading}
          testId="publication-files"
          rows={files}
          rowKey={(file) => file.fileName}
          columns={[
            {
              key: 'file',
              header: strings.PublicationColumnFile,
              render: (file) => (
                <Link href={file.url} target="_blank" rel="noopener noreferrer">
                  {file.fileName}
                </Link>
              )
            },
            { key: 'kind', header: strings.PublicationColumnKind, render: (file) => (file.kind ? kindText[file.kind] : '–') },
            { key: 'title', header: strings.PublicationColumnReport, render: (file) => file.title },
            { key: 'modified', header: strings.PublicationColumnModified, render: (file) => formatDateTime(file.modified, locale) },
            {
              key: 'download',
              header: strings.PublicationColumnActions,
              render: (file) => (
                <DefaultButton iconProps={{ iconName: 'DownloadDocument' }} text={strings.PublicationDownload} ariaLabel={format(strings.PublicationDownloadLabel, file.fileName)} onClick={() => onDownload(file)} />
              )
            }
          ]}
        />
      )}
    </section>
  );
}
