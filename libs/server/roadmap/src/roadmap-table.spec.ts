import { spreadsheetSafe } from './roadmap-table.js';

const HYPERLINK = 'HYPERLINK("http://ejemplo.org";"clic")';

describe('spreadsheetSafe: text a spreadsheet program would run as a formula', () => {
  it.each([
    ['=', `=${HYPERLINK}`, `'=${HYPERLINK}`],
    ['+', '+1+1', "'+1+1"],
    ['-', '-1+1', "'-1+1"],
    ['@', '@SUMA(A1)', "'@SUMA(A1)"],
    ['a leading tab', '\tTexto', "'\tTexto"],
    ['a leading carriage return', '\rTexto', "'\rTexto"],
    ['full-width =', `＝${HYPERLINK}`, `'＝${HYPERLINK}`],
    ['full-width +', '＋1', "'＋1"],
    ['full-width -', '－1', "'－1"],
    ['full-width @', '＠SUMA(A1)', "'＠SUMA(A1)"],
    ['spaces before =', `  =${HYPERLINK}`, `'  =${HYPERLINK}`],
    ['a no-break space before =', '\u00a0=1+1', "'\u00a0=1+1"],
    ['a line feed before +', '\n+1', "'\n+1"],
    ['CR LF before @', '\r\n@SUMA(A1)', "'\r\n@SUMA(A1)"],
    ['a tab before -', '\t-1', "'\t-1"],
    ['a space before full-width =', ' ＝1', "' ＝1"],
    ['a quote before =', '"=1+1"', '\'"=1+1"'],
  ])('prefixes a cell starting with %s', (_case, value, expected) => {
    expect(spreadsheetSafe(value)).toBe(expected);
  });

  // A program that splits on semicolons (Ecuador's locale) or commas starts a cell after each one,
  // so the apostrophe goes where that cell would start.
  it.each([
    [';=', `Acción;=${HYPERLINK}`, `Acción;'=${HYPERLINK}`],
    [';+', 'a;+1', "a;'+1"],
    [';-', 'a;-1', "a;'-1"],
    [';@', 'a;@SUMA(A1)', "a;'@SUMA(A1)"],
    [',=', `a,=${HYPERLINK}`, `a,'=${HYPERLINK}`],
    [', @', 'a, @SUMA(A1)', "a,' @SUMA(A1)"],
    ['; and a full-width =', 'a; ＝1', "a;' ＝1"],
    ['; and a quoted =', 'a;"=1+1"', 'a;\'"=1+1"'],
    ['a leading = and ;=', '=1;=2', "'=1;'=2"],
    ['several', 'uno;＝1;dos,－2', "uno;'＝1;dos,'－2"],
  ])('neutralises %s inside the text', (_case, value, expected) => {
    expect(spreadsheetSafe(value)).toBe(expected);
  });

  it.each([
    'Red de paradiplomacia del austro',
    '01;17',
    '6;17',
    'Azuay - Cañar',
    'correo@ejemplo.org',
    '2024-01-15',
    'uno, dos; tres',
    'Agua potable: 40 → 80 (55) | Temperatura: -3 → 0 (–)',
    ' Texto con espacio inicial',
    '',
  ])('leaves %j as it is', (value) => {
    expect(spreadsheetSafe(value)).toBe(value);
  });

  it('keeps numbers and empty cells as they are', () => {
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(spreadsheetSafe(25_000.5)).toBe(25_000.5);
    expect(spreadsheetSafe(null)).toBeNull();
  });
});
