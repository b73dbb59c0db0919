import type JSZip from "jszip";
import { slideText } from "./bidi";
import type { ChartFixups } from "./chart-spec";
import type { SlideRecord } from "./figure-slide";
import type { DeckTypography, FontSet } from "./typography";

/**
 * Changes to the package pptxgenjs writes, for what it has no option for: notes as paragraphs in
 * the deck's direction and font; charts whose every text names the deck's font for all scripts,
 * without empty cells for values not reported, with the X axis of a scatter formatted as years;
 * and a figure's SVG beside its PNG (Office 2016's svgBlip extension: newer PowerPoint draws the
 * SVG, older versions and LibreOffice the PNG).
 */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A face for each script: `<a:latin/><a:ea/><a:cs/>`. */
function faces(set: FontSet): string {
  const f = (name: string) => escapeXml(name);
  return `<a:latin typeface="${f(set.latin)}"/><a:ea typeface="${f(set.ea)}"/><a:cs typeface="${f(set.cs)}"/>`;
}

function runProps(type: DeckTypography): string {
  return `<a:rPr lang="${type.lang}" dirty="0">${faces(type.fonts.body)}</a:rPr>`;
}

/**
 * A slide's runs with a face per script: pptxgenjs writes one face (the deck's title or body
 * face) in all three slots.
 */
export function fixSlideFonts(xml: string, type: DeckTypography): string {
  return xml.replace(
    /<a:latin typeface="([^"]+)"[^>]*\/><a:ea typeface="\1"[^>]*\/><a:cs typeface="\1"[^>]*\/>/g,
    (whole, face: string) =>
      face === type.title
        ? faces(type.fonts.title)
        : face === type.body
          ? faces(type.fonts.body)
          : whole,
  );
}

/** Notes paragraphs: one <a:p> per line, right-aligned and right to left in Urdu. */
export function notesBody(lines: readonly string[], type: DeckTypography): string {
  const pPr = type.rtl ? '<a:pPr algn="r" rtl="1"/>' : "";
  return lines
    .map((line) =>
      line === ""
        ? `<a:p>${pPr}<a:endParaRPr lang="${type.lang}"/></a:p>`
        : `<a:p>${pPr}<a:r>${runProps(type)}<a:t>${escapeXml(slideText(line, type.rtl))}</a:t></a:r></a:p>`,
    )
    .join("");
}

const NOTES_BODY =
  /(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/><p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;

/** The chart XML with the deck's fonts, sparse caches and the fix-ups of its kind. */
export function fixChartXml(xml: string, fixups: ChartFixups, type: DeckTypography): string {
  let out = xml
    // A value not reported is no point at all (a sparse cache), never an empty or zero one.
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, "")
    // Every text run names the deck's font for Latin, East Asian and complex scripts.
    .replace(/<a:(ea|cs)\s+typeface="[^"]*"[^>]*\/>/g, "")
    .replace(/<a:latin typeface="[^"]*"[^>]*\/>/g, faces(type.fonts.body))
    .replace(/lang="en-US"/g, `lang="${type.lang}"`)
    // Axis labels follow the chart's format code, not the data cells' "General".
    .replace(/(<c:numFmt formatCode="[^"]*") sourceLinked="1"/g, '$1 sourceLinked="0"')
    // The schema puts tickLblSkip before noMultiLvlLbl; pptxgenjs writes it after, which
    // LibreOffice ignores (every label drawn) and a strict reader rejects.
    .replace(/(<c:noMultiLvlLbl val="\d"\/>)\s*(<c:tickLblSkip val="\d+"\/>)/g, "$2$1");
  if (fixups.scatterXFormat) {
    // The X axis is the first <c:valAx> of a scatter chart; pptxgenjs gives it the Y format and
    // a category axis's elements (auto, lblAlgn, noMultiLvlLbl), where a value axis has
    // crossBetween, without which LibreOffice ignores its major unit.
    out = out
      .replace(
        /(<c:valAx>[\s\S]*?<c:numFmt formatCode=")[^"]*(")/,
        `$1${escapeXml(fixups.scatterXFormat)}$2`,
      )
      .replace(
        /(<c:valAx>[\s\S]*?)<c:auto val="1"\/>\s*<c:lblAlgn val="ctr"\/>\s*<c:noMultiLvlLbl val="1"\/>/,
        '$1<c:crossBetween val="midCat"/>',
      );
  }
  if (fixups.lastLabelOnly !== undefined && fixups.lastLabelOnly > 1) {
    const hidden = Array.from(
      { length: fixups.lastLabelOnly - 1 },
      (_, i) => `<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`,
    ).join("");
    out = out.replace(/(<c:ser>[\s\S]*?<c:dLbls>)/, `$1${hidden}`);
  }
  return out;
}

/** A chart's values by data-sheet column, from column `first` (1 = A) on; null is no value. */
export interface SheetValues {
  first: number;
  columns: readonly (readonly (number | null)[])[];
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/**
 * pptxgenjs writes a zero of a bar or line chart, and any missing value, as an empty cell
 * (`<v></v>`); the data sheet gets the zero back and loses the cell of a value not reported.
 */
export function fixSheetXml(xml: string, sheet: SheetValues): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"><v><\/v><\/c>/g, (_, col: string, row: string) => {
    const value = sheet.columns[columnNumber(col) - sheet.first]?.[Number(row) - 2];
    return value === null || value === undefined ? "" : `<c r="${col}${row}"><v>${value}</v></c>`;
  });
}

async function fixWorkbook(
  zip: JSZip,
  chartPath: string,
  sheet: SheetValues,
  Zip: typeof JSZip,
): Promise<void> {
  const relsPath = chartPath.replace(/charts\/(chart\d+\.xml)$/, "charts/_rels/$1.rels");
  const rels = await read(zip, relsPath);
  const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
  if (!target) throw new Error(`${chartPath} has no data sheet`);
  const path = `ppt/embeddings/${target}`;
  const file = zip.file(path);
  if (!file) throw new Error(`The PowerPoint package has no ${path}`);
  const book = await Zip.loadAsync(await file.async("uint8array"));
  const sheetPath = "xl/worksheets/sheet1.xml";
  book.file(sheetPath, fixSheetXml(await read(book, sheetPath), sheet));
  zip.file(path, await book.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
const SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

async function read(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The PowerPoint package has no ${path}`);
  return file.async("string");
}

async function embedSvg(zip: JSZip, slide: number, svg: string): Promise<void> {
  const slidePath = `ppt/slides/slide${slide}.xml`;
  const relsPath = `ppt/slides/_rels/slide${slide}.xml.rels`;
  const media = `figure-${slide}.svg`;
  const rId = "rIdFigureSvg";
  zip.file(`ppt/media/${media}`, svg);
  const rels = await read(zip, relsPath);
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${IMAGE_REL}" Target="../media/${media}"/></Relationships>`,
    ),
  );
  const xml = await read(zip, slidePath);
  const ext = `<a:extLst><a:ext uri="${SVG_EXT}"><asvg:svgBlip xmlns:asvg="${SVG_NS}" r:embed="${rId}"/></a:ext></a:extLst>`;
  if (!/<a:blip r:embed="[^"]+">[\s\S]*?<\/a:blip>/.test(xml)) {
    throw new Error(`Slide ${slide} has no picture to attach its SVG to`);
  }
  zip.file(slidePath, xml.replace("</a:blip>", `${ext}</a:blip>`));
}

/** The charts a slide holds, from its relationships (pptxgenjs numbers charts per session). */
async function chartsOf(zip: JSZip, slide: number): Promise<string[]> {
  const rels = await read(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  return [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
    (m) => `ppt/charts/${m[1]}`,
  );
}

export async function applyFixups(
  zip: JSZip,
  records: readonly SlideRecord[],
  type: DeckTypography,
  /** JSZip itself, loaded by the caller with import(), to open the charts' workbooks. */
  Zip: typeof JSZip,
): Promise<void> {
  for (const record of records) {
    const slidePath = `ppt/slides/slide${record.slide}.xml`;
    zip.file(slidePath, fixSlideFonts(await read(zip, slidePath), type));
    const notesPath = `ppt/notesSlides/notesSlide${record.slide}.xml`;
    const notes = await read(zip, notesPath);
    if (!NOTES_BODY.test(notes)) throw new Error(`Unexpected notes layout in ${notesPath}`);
    zip.file(notesPath, notes.replace(NOTES_BODY, `$1${notesBody(record.notes, type)}$2`));
    if (record.chart) {
      for (const path of await chartsOf(zip, record.slide)) {
        zip.file(path, fixChartXml(await read(zip, path), record.chart, type));
        if (record.sheet) await fixWorkbook(zip, path, record.sheet, Zip);
      }
    }
    if (record.svg) await embedSvg(zip, record.slide, record.svg);
  }
}
