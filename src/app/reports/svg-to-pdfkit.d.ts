/**
 * Types for svg-to-pdfkit 0.1.8 (CommonJS, ships none): the one function it exports, with the
 * options the reports use. Shapes read from node_modules/svg-to-pdfkit/source.js.
 */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** Treat SVG pixels as PDF points (default false: 1px = 0.75pt). */
    assumePt?: boolean;
    /** Picks the registered PDF font for an SVG font family; returns its name in the document. */
    fontCallback?: (family: string, bold: boolean, italic: boolean, fontOptions: { fauxBold?: boolean; fauxItalic?: boolean }) => string;
    warningCallback?: (message: string) => void;
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export default SVGtoPDF;
}
