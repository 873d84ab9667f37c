// The BroadcastChannel on which the journal's extension pages tell each other "something
// changed". It is same-origin only: the extension's pages hear it, the host page never does.
export const JOURNAL_CHANNEL = 'klartext-journal';
