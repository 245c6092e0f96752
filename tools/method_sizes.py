#!/usr/bin/env python3
"""Method sizes: usage python3 tools/method_sizes.py . [module,module…]

Methods and constructors of main Java sources: lines from the declaration to its closing brace
(comments and blank lines included) and declared parameters. Strings, chars, comments are blanked
first so braces in them do not count; lambdas and local/anonymous classes count toward the method
that holds them (their own methods are listed as well). Record headers are not methods.
A method is "noted" when a // comment holding "by design:" or "parameters:" stands in the three
lines above its declaration: the one-line reason it stays long."""
import re, sys, os, glob
KW = {'if','for','while','switch','catch','synchronized','return','new','else','try','do','throw','case','assert','super','this'}
def clean(s):
    out=[]; i=0; n=len(s)
    while i<n:
        c=s[i]
        if s.startswith('//',i):
            j=s.find('\n',i); j=n if j<0 else j; out.append(' '*(j-i)); i=j
        elif s.startswith('/*',i):
            j=s.find('*/',i+2); j=n if j<0 else j+2; out.append(re.sub(r'[^\n]',' ',s[i:j])); i=j
        elif s.startswith('"""',i):
            j=s.find('"""',i+3); j=n if j<0 else j+3; out.append(re.sub(r'[^\n]',' ',s[i:j])); i=j
        elif c=='"' or c=="'":
            j=i+1
            while j<n and s[j]!=c:
                if s[j]=='\\': j+=1
                j+=1
            out.append(' '*(j+1-i)); i=j+1
        else: out.append(c); i+=1
    return ''.join(out)
DECL=re.compile(r'(?:^|[;{}])\s*((?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|protected|static|final|abstract|synchronized|native|default|strictfp)\s+)*(?:<[^;{}()]*?>\s+)?(?:[\w.$]+(?:<[^;{}()]*?>)?(?:\[\])*\s+)?)([A-Za-z_$][\w$]*)\s*\(',re.S)
def params(p):
    p=p.strip()
    if not p: return 0
    d=0; k=1
    for ch in p:
        if ch in '<(': d+=1
        elif ch in '>)': d-=1
        elif ch==',' and d==0: k+=1
    return k
def methods(path):
    raw=open(path,encoding='utf-8').read(); s=clean(raw); res=[]
    for m in DECL.finditer(s):
        name=m.group(2)
        if name in KW: continue
        pre=m.group(1)
        i=m.end(); d=1
        while i<len(s) and d:
            if s[i]=='(': d+=1
            elif s[i]==')': d-=1
            i+=1
        plist=s[m.end():i-1]
        rest=s[i:i+400]
        mm=re.match(r'\s*(?:throws\s+[\w.$,\s<>]+)?\s*\{',rest)
        if not mm: continue
        # a declaration needs a return type or be a constructor (name capitalised, no type)
        if not pre.strip() and not name[0].isupper(): continue
        if re.search(r'\b(record|class|interface|enum)\s*$',pre.strip()): continue
        if re.search(r'\brecord\b', pre): continue
        b=i+mm.end()-1; d=0; j=b
        while j<len(s):
            if s[j]=='{': d+=1
            elif s[j]=='}':
                d-=1
                if d==0: break
            j+=1
        start=s.count('\n',0,m.start(2))+1; end=s.count('\n',0,j)+1
        lines=raw.split('\n'); above='\n'.join(lines[max(0,start-4):start-1])
        noted=bool(re.search(r'//.*(by design:|parameters:)',above))
        res.append((path,start,name,end-start+1,params(plist),noted))
    return res
root=sys.argv[1]; mods=sys.argv[2].split(',') if len(sys.argv)>2 else None
allm=[]
for p in glob.glob(root+'/*/src/main/java/**/*.java',recursive=True):
    if 'module-info' in p: continue
    allm+=methods(p)
def mod(p): return os.path.relpath(p,root).split('/')[0]
long_=[x for x in allm if x[3]>60]; many=[x for x in allm if x[4]>=7]
print(f"whole tree: {len(allm)} methods; over 60 lines: {len(long_)}; 7+ parameters: {len(many)}; over 50 lines: {len([x for x in allm if x[3]>50])}")
if mods:
    mine=[x for x in allm if mod(x[0]) in mods]
    ml=[x for x in mine if x[3]>60]; mp=[x for x in mine if x[4]>=7]
    print(f"modules {','.join(mods)}: {len(mine)} methods; over 60 lines: {len(ml)} ({len([x for x in ml if not x[5]])} without a note why); 7+ parameters: {len(mp)} ({len([x for x in mp if not x[5]])} without a note)")
    for x in sorted(ml,key=lambda x:-x[3]): print(f"  {x[3]:4d} lines {'noted' if x[5] else '     '}  {os.path.relpath(x[0],root)}:{x[1]} {x[2]}")
    for x in sorted(mp,key=lambda x:-x[4]): print(f"  {x[4]:4d} params {'noted' if x[5] else '     '} {os.path.relpath(x[0],root)}:{x[1]} {x[2]}")
