import type { FilterKey } from '../../lib/search';
import type { Route } from '../../lib/search/forgiving';
import type { NoticeMessages } from '../../lib/search/notice';

/** The public contract of <cac-search>: its texts (data-messages) and its event's detail. */

/** Texts the element shows, rendered by the server from the locale's dictionary (data-messages). */
export interface SearchMessages {
  countFiltersOnly: string;
  more: string;
  subResults: string;
  unavailable: string;
  devNotice: string;
  notices: NoticeMessages;
  otherOne: string;
  otherOther: string;
  answer: string;
  types: Record<string, string>;
  /** The filter and sort controls' texts: only where they are shown (the search page). */
  tools?: {
    filterLabels: Record<FilterKey, string>;
    sort: string;
    sortRelevance: string;
    sortDate: string;
  };
}

export interface SearchResultsDetail {
  query: string;
  /** Results of this edition. */
  count: number;
  /** Results of the other edition, when it was searched. */
  otherCount: number;
  /** How they were found: as typed, corrected, word by word. */
  route: Route['kind'];
}
