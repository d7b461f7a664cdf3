/**
 * The JSON shapes the pages read from the API (SPEC §5 and §4). Declared here, as a
 * client would, so the pages depend on the published contract and not on route internals.
 */

export type Verdict = 'official' | 'likely_legitimate' | 'unknown' | 'suspicious' | 'likely_scam';

export interface LookupNumber {
  input: string;
  key: string;
  e164: string | null;
  national: string;
  region: string;
  type: string;
  location: { province?: string | null; city?: string | null; area_code?: string | null } | null;
  carrier: string | null;
}

export interface Lookup {
  number: LookupNumber;
  verdict: Verdict;
  scam_probability: number;
  confidence: 'low' | 'medium' | 'high';
  abuse: { level: 'none' | 'low' | 'medium' | 'high'; score: number };
  official: { agency_id: string; name: string; source: string } | null;
  claimed_agencies: { agency_id: string | null; name: string; reports: number; share: number }[];
  tags: { tag: string; label: string; count: number }[];
  reports: {
    total: number;
    reporters: number;
    last_30_days: number;
    first_at: string | null;
    last_at: string | null;
    weekly: { week: string; count: number }[];
  };
  /** Someone (owner, agency) disputes the reports; an admin is reviewing it. */
  dispute_open?: boolean;
  reasons: { code: string; effect: 'scam' | 'legit' | 'abuse'; weight: number; message: string }[];
  advice: { code: string; message: string; phone?: string | null; url?: string | null }[];
}

/** One visible report as `GET /v1/numbers/{n}/reports` lists it (no identities). */
export interface PublicReport {
  id: string;
  called_at: string;
  reported_at: string;
  updated_at?: string;
  claimed_agency: { agency_id: string | null; name: string } | null;
  tags: { tag: string; label: string }[];
  debt_with_claimed_agency: string;
  hotline_check: string;
  payment_requested: string;
  comment: string | null;
}

/** One of the reader's own reports, from `GET /v1/reporter/reports`. */
export interface OwnReport extends PublicReport {
  number: { key: string; e164: string | null };
  status: 'visible' | 'hidden';
  /** End of the 24-hour edit window, or null once it has passed. */
  editable_until: string | null;
  identification: { employee_id_given: boolean; company_name_given: boolean; authorization_letter_given: boolean };
}

/** `GET /v1/disputes/{id}`: status only, no statement or contact. */
export interface DisputeStatus {
  id: string;
  status: 'open' | 'upheld' | 'rejected';
  /** Key of the disputed number. */
  number: string;
  relation: 'owner' | 'agency' | 'recycled_number';
  created_at: string;
  resolved_at: string | null;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

/** What the home page reads from `GET /v1/stats`; every part optional so a partial answer still renders. */
export interface Stats {
  totals?: { numbers?: number; reports?: number; reporters?: number };
  trending?: { key: string; e164: string | null; verdict?: Verdict | null; reports_this_week?: number }[];
}

/** An agency as `GET /v1/agencies` lists it (fields the pages use). */
export interface AgencySummary {
  id: string;
  kind: string;
  name: string;
  official_numbers: { number: string; purpose: string | null }[];
}
