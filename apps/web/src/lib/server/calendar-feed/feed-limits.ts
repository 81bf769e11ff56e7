// Calendar apps poll every 5 minutes at their most eager, and hosted ones (Outlook.com, Google)
// fetch many people's feeds from a few addresses: so a generous limit per address, which only
// stops floods, and a tighter one per feed, which stops one leaked URL being hammered.
export const FEED_FETCHES_PER_ADDRESS = 300;
export const FEED_FETCHES_PER_FEED = 30;
