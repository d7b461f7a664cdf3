/** What a complaint draft says about the caller's company and the claimed lender's published list. */
export interface AgencyListCheck {
  /** listed: on the list; not_listed: the lender publishes a list without it; no_list: no list of the lender is known. */
  status: 'listed' | 'not_listed' | 'no_list';
  /** The lender whose list it is, by its name. */
  lender: string;
  /** The list the check read (the matching entry's, or the lender's latest), with its source. */
  source: { title: string; url: string; publishedOn: string } | null;
}

