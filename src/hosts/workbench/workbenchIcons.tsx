import * as React from 'react';
import { registerIcons } from '@fluentui/react';
import {
  AcceptIcon,
  CancelIcon,
  ChevronDownIcon,
  ChevronRightIcon,
  ChevronRightMedIcon,
  ChevronUpIcon,
  DoubleChevronDownIcon,
  DoubleChevronUpIcon,
  SortUpIcon,
  SortDownIcon,
  MoreIcon,
  TagIcon,
  DownloadDocumentIcon,
  ErrorBadgeIcon,
  InfoIcon,
  SearchIcon,
  WarningIcon,
  CompletedIcon,
  ClearIcon,
  LinkIcon,
  BulkUploadIcon,
  MailIcon,
  CheckMarkIcon
} from '@fluentui/react-icons-mdl2';

/**
 * SharePoint and Teams pages register Fluent's icon font for web parts; the local workbench
 * has no CDN to load it from, so it registers the same icons as inline SVG.
 */
export function registerWorkbenchIcons(): void {
  registerIcons({
    icons: {
      Accept: <AcceptIcon />,
      Cancel: <CancelIcon />,
      ChevronDown: <ChevronDownIcon />,
      ChevronRight: <ChevronRightIcon />,
      ChevronRightMed: <ChevronRightMedIcon />,
      ChevronUp: <ChevronUpIcon />,
      DoubleChevronDown: <DoubleChevronDownIcon />,
      DoubleChevronUp: <DoubleChevronUpIcon />,
      SortUp: <SortUpIcon />,
      SortDown: <SortDownIcon />,
      More: <MoreIcon />,
      Tag: <TagIcon />,
      DownloadDocument: <DownloadDocumentIcon />,
      ErrorBadge: <ErrorBadgeIcon />,
      Info: <InfoIcon />,
      Search: <SearchIcon />,
      Warning: <WarningIcon />,
      Completed: <CompletedIcon />,
      Clear: <ClearIcon />,
      Link: <LinkIcon />,
      BulkUpload: <BulkUploadIcon />,
      Mail: <MailIcon />,
      CheckMark: <CheckMarkIcon />
    }
  });
}
