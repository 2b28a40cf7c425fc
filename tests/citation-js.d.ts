/** citation.js ships no type declarations; the tests use this much of it. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
