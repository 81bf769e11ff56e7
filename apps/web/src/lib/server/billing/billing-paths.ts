/** The billing page in Settings: where checkout and the portal return, and where billing mails link. */
export const BILLING_PAGE_PATH = '/settings/billing';
