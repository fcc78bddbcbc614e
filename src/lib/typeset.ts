/** Typographic apostrophes for the screen; the speech engine gets the plain ones. */
export const typeset = (text: string) => text.replace(/'/g, '’')
