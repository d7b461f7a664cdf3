/** Where a complaint can go: the lender's hotline, the regulators, the spam centre, the police (110/96110), the CFPB. */
export const COMPLAINT_CHANNELS = ['lender', '12378', 'nifa', '12321', '110', 'cfpb'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
