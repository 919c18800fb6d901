/**
 * The parts of an OpenDocument package a reader needs: the manifest (encryption, media
 * types), content.xml's `office:text`, and the styles of styles.xml and content.xml.
 */
import {
  attr,
  childElements,
  descendants,
  firstChild,
  parseXml,
  type XmlElement,
} from '../formats/xml-read';
import { importError } from './import-error';
import { OdtStyles } from './odt-styles';
import type { OfficePackage } from './office-zip';

export interface OdtDocument {
  text: XmlElement;
  styles: OdtStyles;
  /** The manifest's media type of each part. */
  mediaTypes: Map<string, string>;
  /** styles.xml's office:master-styles (the pages' headers and footers). */
  masterStyles: XmlElement | undefined;
}

/** ODF encrypts content.xml in place and records it in the manifest. */
function readManifest(
  manifestXml: string | null,
  fileName: string,
): { encrypted: boolean; mediaTypes: Map<string, string> } {
  const mediaTypes = new Map<string, string>();
  if (manifestXml === null) return { encrypted: false, mediaTypes };
  const manifest = parseXml(manifestXml, `${fileName} (META-INF/manifest.xml)`);
  let encrypted = false;
  for (const entry of childElements(manifest, 'file-entry')) {
    const path = attr(entry, 'full-path') ?? '';
    mediaTypes.set(path, attr(entry, 'media-type') ?? '');
    if (path === 'content.xml' && descendants(entry, 'encryption-data').length > 0)
      encrypted = true;
  }
  return { encrypted, mediaTypes };
}

/** Opens content.xml and the styles; throws the format's error when the text is missing. */
export function openOdtDocument(pkg: OfficePackage, fileName: string): OdtDocument {
  const { encrypted, mediaTypes } = readManifest(pkg.read('META-INF/manifest.xml'), fileName);
  if (encrypted) {
    throw importError(
      fileName,
      'encrypted',
      'the document is password-protected (encrypted); save it without a password and import it again',
    );
  }
  const xml = pkg.read('content.xml');
  if (xml === null) throw pkg.missing('content.xml');
  const root = parseXml(xml, `${fileName} (content.xml)`, { keepWhitespace: true });
  const text = firstChild(firstChild(root, 'body') ?? root, 'text');
  if (!text) throw pkg.corrupt('the file is not a text document: content.xml has no office:text');
  const stylesXml = pkg.read('styles.xml');
  const stylesRoot = stylesXml === null ? null : parseXml(stylesXml, `${fileName} (styles.xml)`);
  const styles = new OdtStyles([
    stylesRoot ? firstChild(stylesRoot, 'styles') : undefined,
    stylesRoot ? firstChild(stylesRoot, 'automatic-styles') : undefined,
    firstChild(root, 'styles'),
    firstChild(root, 'automatic-styles'),
  ]);
  const masterStyles = stylesRoot ? firstChild(stylesRoot, 'master-styles') : undefined;
  return { text, styles, mediaTypes, masterStyles };
}
