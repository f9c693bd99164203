/**
 * The document library's folders for papers: everyone's, and the restricted one for closed punkter.
 * Their own module: closing a punkt (bilag-moves.ts, in the agenda repository every open loads) needs
 * the names, but not the upload code of bilag-library.ts, which loads on demand (issue #13).
 */
export const BILAG_FOLDER = 'Bilag';
export const CLOSED_BILAG_FOLDER = 'Bilag (lukket)';
