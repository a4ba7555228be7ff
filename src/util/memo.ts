// Pure readings of the same text are asked for again and again (one paragraph by
// several extractors, one name many times in one set of minutes): recent answers
// are kept. A full cache is emptied, not trimmed: answers are cheap to make again.

/** `f` with its answers kept for up to `size` distinct texts. Answers are shared: callers must not change them. */
export function memo<T>(f: (s: string) => T, size: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= size) cache.clear();
      cache.set(s, (v = f(s)));
    }
    return v as T;
  };
}
