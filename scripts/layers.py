#!/usr/bin/env python3
"""Which folders of Sources/IGFRules use which: a folder uses another when its code mentions a type
(struct, enum, class, protocol, typealias, actor) the other declares at its top level. Prints each
folder's uses, then the cycles (pairs of folders that use each other, and longer loops).
Names are matched as words, so a nested type that shares a top-level type's name elsewhere is not
counted where the folder declares it itself.
With `--check README.md`, it checks the uses against README's layer table instead ("Layers and sizes":
each folder uses only folders of the layers below its own) and prints only what breaks it.
Usage: scripts/layers.py [--why A B | --check README] [SOURCES]   (default Sources/IGFRules).
Exit 1 when there is a cycle, or (with --check) a use the table does not allow."""
import os, re, sys

DECL = re.compile(r'^(?:@\w+\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated)\s+)*'
                  r'(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)', re.M)
NESTED = re.compile(r'^\s+(?:@\w+\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect|nonisolated)\s+)*'
                    r'(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)', re.M)
WORD = re.compile(r'\b[A-Z]\w*\b')

def strip(text):
    """Removes comments and the literal parts of strings, so that prose does not count as a use;
    the code inside a string's `\\(…)` interpolations is kept (it names types like any other code)."""
    out, _ = code(text, 0, False)
    return ''.join(out)

def code(text, i, inside):
    """Scans code from `i`; inside an interpolation it stops after the `)` that closes it."""
    out, depth, n = [], 0, len(text)
    while i < n:
        if text.startswith('//', i):
            i = text.find('\n', i)
            i = n if i < 0 else i
        elif text.startswith('/*', i):
            end = text.find('*/', i + 2)
            i = n if end < 0 else end + 2
            out.append(' ')
        elif text[i] == '"' or (text[i] == '#' and re.match(r'#+"', text[i:])):
            out.append('""'); i = string(text, i, out)
        else:
            c = text[i]
            if inside and c == '(': depth += 1
            if inside and c == ')':
                if depth == 0: return out, i + 1
                depth -= 1
            out.append(c); i += 1
    return out, i

def string(text, i, out):
    """Skips a string literal starting at `i` (raw `#"…"#` and multi-line `\"\"\"` too), keeping the
    code of its interpolations in `out`; returns the index after it."""
    hashes = len(text[i:]) - len(text[i:].lstrip('#'))
    i += hashes
    quote = '\"\"\"' if text.startswith('\"\"\"', i) else '"'
    close, escape, n = quote + '#' * hashes, '\\' + '#' * hashes, len(text)
    i += len(quote)
    while i < n:
        if text.startswith(close, i): return i + len(close)
        if text.startswith(escape, i):
            i += len(escape)
            if i < n and text[i] == '(':
                inner, i = code(text, i + 1, True)
                out.append(' ' + ''.join(inner) + ' ')
            else:
                i += 1
        elif quote == '"' and text[i] == '\n':
            return i
        else:
            i += 1
    return i

def load(root):
    texts, owner = {}, {}
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isdir(path): continue
        body = []
        for dirpath, _, files in os.walk(path):
            for name in sorted(files):
                if name.endswith('.swift'):
                    with open(os.path.join(dirpath, name), encoding='utf-8') as f:
                        body.append(strip(f.read()))
        texts[folder] = '\n'.join(body)
        for name in DECL.findall(texts[folder]):
            owner.setdefault(name, folder)
    return texts, owner

def uses(texts, owner):
    graph = {f: {} for f in texts}
    for folder, text in texts.items():
        own = set(NESTED.findall(text))   # a nested `Severity` of its own is not another folder's
        for word in set(WORD.findall(text)) - own:
            other = owner.get(word)
            if other and other != folder:
                graph[folder].setdefault(other, set()).add(word)
    return graph

def cycles(graph):
    """Strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    def visit(v):
        index[v] = low[v] = counter[0]; counter[0] += 1; stack.append(v); on.add(v)
        for w in graph[v]:
            if w not in index: visit(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: out.append(sorted(comp))
    for v in sorted(graph):
        if v not in index: visit(v)
    return out

def named(graph, a, b):
    return f"{a} -> {b} ({' '.join(sorted(graph[a][b]))})"

def table(readme):
    """The layer table of README "Layers and sizes": the first fenced block of that section, one
    layer a line from the bottom up, its folders first (comma-separated), then two spaces and what
    they hold; and the uses the paragraph "Still crossing today" names as `A -> B`."""
    text = open(readme, encoding='utf-8').read()
    section = text.split('\n## Layers and sizes\n', 1)[1].split('\n## ', 1)[0]
    block = section.split('```', 2)[1]
    layers = {}
    for number, line in enumerate(l for l in block.split('\n') if l.strip()):
        for folder in re.split(r'\s{2,}', line.strip(), 1)[0].split(','):
            layers[folder.strip()] = number
    crossing = section.split('Still crossing today', 1)[1].split('\n\n', 1)[0] if 'Still crossing today' in section else ''
    tolerated = set(re.findall(r'`(\w+) -> (\w+)`', crossing))
    return layers, tolerated

def check(graph, readme):
    """What breaks README's layer table: a folder missing from it, a use that does not go down,
    a crossing README names that no longer crosses. Returns the problems and the crossings still there."""
    layers, tolerated = table(readme)
    problems = [f"folder {f} is not in README's layer table (\"Layers and sizes\"): add it to the line of its layer"
                for f in sorted(graph) if f not in layers]
    problems += [f"README's layer table names {f}, which is not a folder of the sources" for f in sorted(layers) if f not in graph]
    crossing = []
    for a in sorted(graph):
        for b in sorted(graph[a]):
            if a in layers and b in layers and layers[b] >= layers[a]:
                if (a, b) in tolerated: crossing.append(named(graph, a, b))
                else: problems.append(f"{named(graph, a, b)} goes {'sideways' if layers[a] == layers[b] else 'up'} in README's layer table")
    problems += [f"README says {a} -> {b} still crosses, but {a} no longer uses {b}: drop it from \"Still crossing today\""
                 for a, b in sorted(tolerated) if b not in graph.get(a, {})]
    return problems, crossing

def main(argv):
    why, readme = None, None
    if len(argv) >= 3 and argv[0] == '--why': why, argv = (argv[1], argv[2]), argv[3:]
    if len(argv) >= 2 and argv[0] == '--check': readme, argv = argv[1], argv[2:]
    root = argv[0] if argv else 'Sources/IGFRules'
    graph = uses(*load(root))
    if why:
        print(' '.join(sorted(graph[why[0]].get(why[1], set())))); return 0
    loops = cycles(graph)
    failures = [f"cycle: {' '.join(comp)}: " + ', '.join(named(graph, a, b) for a in comp for b in sorted(graph[a]) if b in comp)
                for comp in loops]
    if readme:
        problems, crossing = check(graph, readme)
        for line in crossing: print(f"still crossing (README says so): {line}")
        failures += problems
    else:
        for folder in sorted(graph):
            print(f"{folder}: {', '.join(sorted(graph[folder])) or '-'}")
        mutual = sorted((a, b) for a in graph for b in graph[a] if a < b and a in graph[b])
        for a, b in mutual:
            print(f"mutual: {a} <-> {b}  ({' '.join(sorted(graph[a][b]))} / {' '.join(sorted(graph[b][a]))})")
    for line in failures: print(line)
    return 1 if failures else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
