/**
 * No visible word of the popup, the archive page or the spotlight panel bypasses the locales: each source file
 * is parsed with the TypeScript compiler and every piece of language it could put on screen is reported unless
 * it is the key of a t() call. What counts as language:
 *  - JSX text with a letter in it;
 *  - a string or template literal with a letter given to a visible attribute (aria-label, title, placeholder,
 *    alt, label, aria-description, aria-roledescription) or written as a JSX child (`{ok ? 'Sì' : 'No'}`);
 *  - anywhere else in those files, a literal that reads as words (two words with letters, separated by a space):
 *    notices, confirm() texts, error messages kept in signals.
 * Class names, data-* values, addresses, MIME types and style sheets are not words on screen and are not looked at. Content
 * facts (service and carrier names, rule texts from content/) reach the screen as expressions, not literals,
 * so they are never reported: they are data and stay as the content writes them.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const DIRS = ['extension/entrypoints/popup', 'extension/entrypoints/archive', 'extension/carrier-page/spotlight'];

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);

/** Literal text that is not language in any locale (symbols, units, brand names written the same everywhere). */
const NOT_LANGUAGE = new Set<string>([]);

const hasLetter = (s: string) => /\p{L}/u.test(s);
/** Two words with letters; braces mean a style sheet or markup kept in a string, not a sentence. */
const readsAsWords = (s: string) => /\p{L}{2,}[\s\u00a0]+\p{L}/u.test(s) && !/[{}]/.test(s);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** The literal is the message key of t('key', …) or tParts('key', […]). */
function isTranslationKey(node: ts.Node): boolean {
  const call = node.parent;
  return !!call && ts.isCallExpression(call) && call.arguments[0] === node && ts.isIdentifier(call.expression) && ['t', 'tParts'].includes(call.expression.text);
}

/** The JSX attribute a node sits in, if any (through conditionals and templates, not through calls). */
function enclosingAttribute(node: ts.Node): ts.JsxAttribute | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n;
    if (ts.isCallExpression(n) || ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n)) return undefined;
  }
  return undefined;
}

/** The literal is a child of a JSX element, possibly through conditionals (`{a ? 'x' : 'y'}`), not through calls. */
function isJsxChild(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxExpression(n)) return !!n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent));
    if (!(ts.isConditionalExpression(n) || ts.isBinaryExpression(n) || ts.isParenthesizedExpression(n) || ts.isTemplateSpan(n) || ts.isTemplateExpression(n))) return false;
  }
  return false;
}

/** `status === 'paid'`: a value compared, not shown. */
function isComparedValue(node: ts.Node): boolean {
  const p = node.parent;
  return !!p && ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(p.operatorToken.kind);
}

/** `throw new Error('no tab')`: an error caught in the same file, never shown. */
function isInternalError(node: ts.Node): boolean {
  const p = node.parent;
  return !!p && ts.isNewExpression(p) && p.expression.getText() === 'Error' && !!p.parent && ts.isThrowStatement(p.parent);
}

const attributeName = (a: ts.JsxAttribute) => a.name.getText();

/** Every piece of language a source text could show without going through t(). */
export function untranslated(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!hasLetter(trimmed) || NOT_LANGUAGE.has(trimmed)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const text = node.text;
      const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node : node.parent;
      if (ts.isStringLiteral(node) && isTranslationKey(node)) return;
      if (isComparedValue(literal) || isInternalError(literal)) return;
      const attribute = enclosingAttribute(literal);
      if (attribute) {
        if (VISIBLE_ATTRIBUTES.has(attributeName(attribute))) report(node, text);
      } else if (isJsxChild(literal)) {
        report(node, text);
      } else if (readsAsWords(text) && !(literal.parent && ts.isElementAccessExpression(literal.parent))) {
        report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

test('every visible string of the popup, the archive page and the spotlight panel goes through t()', () => {
  const findings = DIRS.flatMap((dir) => sources(join(root, dir))).flatMap((file) => untranslated(relative(root, file), readFileSync(file, 'utf8')));
  expect(findings.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
});

test('the check sees text, visible attributes, JSX conditionals and sentences kept in code, and lets keys and markup through', () => {
  const source = `
    const notice = { text: 'File salvato sul computer' };
    const kind = 'application/json';
    export const A = () => (
      <section class="panel open" data-testid="a b" aria-label="Riepilogo">
        <h2>Archivio</h2>
        <p title={t('keyTitle')}>{t('keyText', ['x'])} — {ok ? 'Pagata' : t('keyUnpaid')}</p>
        <input placeholder={\`Cerca \${n}\`} />
        <span>{' '}€</span>
      </section>
    );`;
  expect(untranslated('x.tsx', source).map((f) => f.text)).toEqual(['File salvato sul computer', 'Riepilogo', 'Archivio', 'Pagata', 'Cerca']);
});
