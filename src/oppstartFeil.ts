/** A start-up failure with a message for the person starting the app (no stack trace needed). */
export class OppstartFeil extends Error {}
