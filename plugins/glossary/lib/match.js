"use strict";
/**
 * The term matcher: finds glossary spellings in a string. Pure (no tree code),
 * built once per processor and edition, and fast enough to run over every text
 * node of the site (see bench/glossary.ts).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isGlue = isGlue;
exports.createMatcher = createMatcher;
exports.editDistance = editDistance;
exports.closestSpellings = closestSpellings;
// ASCII characters that glue a term to its neighbour: `RUNNING`, `ENV_FILE`, `$USER`,
// `--env`, `A=B`, `/etc/ENV`, `file.ENV`. Everything else (CJK, spaces, punctuation
// like `，` or `(`) is a boundary, so `使用ENTRYPOINT启动` and `RUN和CMD` match.
const GLUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z0-9_$\-=./]/.test(ch))
        GLUE[c] = 1;
}
/** True when the UTF-16 code unit would join a term to the text next to it. */
function isGlue(code) {
    return code < 128 && GLUE[code] === 1;
}
/** Case-insensitive comparison without allocating (ASCII folding; other letters via toLowerCase). */
function equalsFolded(text, at, lower) {
    for (let k = 0; k < lower.length; k++) {
        const a = text.charCodeAt(at + k);
        const b = lower.charCodeAt(k);
        if (a === b)
            continue;
        if (a >= 65 && a <= 90) {
            if (a + 32 !== b)
                return false;
        }
        else if (a < 128 || text[at + k].toLowerCase() !== lower[k]) {
            return false;
        }
    }
    return true;
}
function createMatcher(spellings) {
    const buckets = new Map();
    const exact = new Map();
    const folded = new Map();
    const add = (code, entry) => {
        const bucket = buckets.get(code) ?? [];
        bucket.push(entry);
        buckets.set(code, bucket);
    };
    for (const s of spellings) {
        if (s.text.length === 0)
            continue;
        const lower = s.text.toLowerCase();
        const entry = {
            text: s.text,
            lower,
            length: s.text.length,
            termId: s.termId,
            caseSensitive: s.caseSensitive,
            uncased: lower === s.text.toUpperCase() || lower.length !== s.text.length,
        };
        if (s.caseSensitive) {
            add(s.text.charCodeAt(0), entry);
            if (!exact.has(s.text))
                exact.set(s.text, s.termId);
        }
        else {
            const first = s.text[0];
            for (const variant of new Set([first, first.toLowerCase(), first.toUpperCase()]))
                add(variant.charCodeAt(0), entry);
            if (!folded.has(entry.lower))
                folded.set(entry.lower, s.termId);
        }
    }
    // Longest first; at equal length an exact, case-sensitive spelling (`VOLUME`)
    // beats a case-insensitive one (`volume`).
    for (const bucket of buckets.values()) {
        bucket.sort((a, b) => b.length - a.length || Number(b.caseSensitive) - Number(a.caseSensitive));
    }
    // One slot per UTF-16 code unit, 0 or 1 + the index of the code's bucket: the hot loop
    // skips most characters with one typed-array read and finds a bucket without hashing.
    const starts = new Uint16Array(0x10000);
    const bucketList = [];
    for (const [code, bucket] of buckets)
        starts[code] = bucketList.push(bucket);
    const find = (text) => {
        const matches = [];
        const n = text.length;
        for (let i = 0; i < n; i++) {
            const slot = starts[text.charCodeAt(i)];
            if (slot === 0)
                continue;
            if (i > 0 && isGlue(text.charCodeAt(i - 1)))
                continue;
            for (const e of bucketList[slot - 1]) {
                const end = i + e.length;
                if (end > n)
                    continue;
                if (e.caseSensitive || e.uncased ? !text.startsWith(e.text, i) : !equalsFolded(text, i, e.lower))
                    continue;
                if (end < n && isGlue(text.charCodeAt(end)))
                    continue;
                matches.push({ start: i, end, termId: e.termId });
                i = end - 1;
                break;
            }
        }
        return matches;
    };
    // Lowercasing never shortens a string, so text longer than every spelling names no term:
    // long code spans (`RUN apt-get update && ...`) are turned down without a copy.
    let longest = 0;
    for (const key of [...exact.keys(), ...folded.keys()])
        longest = Math.max(longest, key.length);
    const lookup = (text) => text.length > longest ? undefined : (exact.get(text) ?? folded.get(text.toLowerCase()));
    return { find, lookup, spellings };
}
/** Edit distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}
/** The known spellings closest to `query` (case-insensitive), best first. */
function closestSpellings(query, spellings, count = 3) {
    const q = query.toLowerCase();
    return [...new Set(spellings)]
        .map((s) => {
        const l = s.toLowerCase();
        // A spelling containing the query (or contained in it) is a strong hint.
        const bonus = l.includes(q) || q.includes(l) ? -1 : 0;
        return { s, d: editDistance(q, l) + bonus };
    })
        .sort((x, y) => x.d - y.d || x.s.localeCompare(y.s))
        .slice(0, count)
        .map((x) => x.s);
}
