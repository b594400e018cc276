import { snippetParts } from './snippet.js';

describe('search snippets', () => {
  it('marks the words between ⟦ and ⟧ and keeps the rest as plain text', () => {
    expect(snippetParts('La ⟦cooperación⟧ entre ⟦prefecturas⟧.')).toEqual([
      { text: 'La ', marked: false },
      { text: 'cooperación', marked: true },
      { text: ' entre ', marked: false },
      { text: 'prefecturas', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('treats markup in the text as text', () => {
    expect(snippetParts('<b>⟦riego⟧</b>')).toEqual([
      { text: '<b>', marked: false },
      { text: 'riego', marked: true },
      { text: '</b>', marked: false },
    ]);
  });
});
