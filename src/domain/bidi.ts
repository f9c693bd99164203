/**
 * Text from the lists is untrusted: anyone who may edit a row in SharePoint can put Unicode's
 * directional controls in a title, a case number or a Bilag name, so that it displays reversed or
 * reordered ("Trojan Source", CVE-2021-42574). The views show such text isolated (`<bdi>`,
 * `dir="auto"`) and without these controls.
 */

/**
 * The explicit directional formatting characters and marks of UAX #9 (section 2,
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters): ALM, LRM, RLM,
 * the embeddings and overrides LRE…RLO with PDF, and the isolates LRI…PDI.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` without directional controls. All of them go, balanced or not: a closed embedding still
 * reorders the words inside it, and a mark moves digits around it. Right-to-left scripts need none of
 * them to display correctly in an isolated element; their letters are kept.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
