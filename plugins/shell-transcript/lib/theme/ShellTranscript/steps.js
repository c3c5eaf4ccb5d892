export function parseSteps(text) {
    if (typeof text !== 'string')
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (!Array.isArray(value))
        return [];
    const steps = [];
    for (const item of value) {
        if (typeof item !== 'object' || item === null)
            continue;
        const { prompt, command, output, kind } = item;
        if (typeof prompt !== 'string' || typeof command !== 'string')
            continue;
        if (output !== undefined && typeof output !== 'string')
            continue;
        const step = { prompt, command, output: output ?? '' };
        if (kind === 'comment')
            step.kind = 'comment';
        steps.push(step);
    }
    return steps;
}
