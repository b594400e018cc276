/** A snippet's parts: the matched words are between ⟦ and ⟧ (from the server). */
export function snippetParts(text: string): Array<{ text: string; marked: boolean }> {
  return text
    .split('⟦')
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, marked: false }];
      const [match, rest = ''] = chunk.split('⟧');
      return [
        { text: match, marked: true },
        { text: rest, marked: false },
      ];
    })
    .filter((part) => part.text !== '');
}
