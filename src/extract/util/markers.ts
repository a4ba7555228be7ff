// The shape of a list marker, so that the entries of one list can be told from another's: "1." and "12." are "9.",
// "(a)" and "(b)" are "(a)", and Roman numerals of any length ("(i)", "(ii)", "(iv)") take the shape of a letter,
// as the entries of one list they are.
export const markerShape = (marker: string | undefined): string =>
  (marker ?? '')
    .replace(/\d+/g, '9')
    .replace(/\b[ivx]+\b/g, 'a')
    .replace(/\b[IVX]+\b/g, 'A')
    .replace(/[a-z]/g, 'a')
    .replace(/[A-Z]/g, 'A');
