# A built site's trimmed search pages (kept in .staticmap/cache/search/) indexed in BUCKETS buckets,
# SHA-256 (first four bytes) modulo BUCKETS; each bucket one Pagefind run. usage: layout.py CORPUS SITE PAGEFIND OUT BUCKETS
import hashlib, os, shutil, subprocess, sys, time, resource
corpus, site, pagefind, out, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
kept = os.path.join(corpus, '.staticmap', 'cache', 'search')
src = out + '-src'
shutil.rmtree(src, ignore_errors=True); shutil.rmtree(out, ignore_errors=True)
def bucket(p): return int.from_bytes(hashlib.sha256(p.encode()).digest()[:4], 'big') % n
for p in os.listdir(kept):
    full = os.path.join(kept, p)
    if p == 'es':
        for q in os.listdir(full): shutil.copytree(os.path.join(full, q), os.path.join(src, str(bucket(q)), 'es', q))
    else: shutil.copytree(full, os.path.join(src, str(bucket(p)), p))
t = time.time()
for b in range(n):
    dest = os.path.join(out, 'pagefind') if b == 0 else os.path.join(out, 'pagefind', f'b{b}')
    subprocess.run([pagefind, '--site', os.path.join(src, str(b)), '--output-path', dest, '--silent'], check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f'pagefind {n} buckets: {time.time()-t:.1f} s wall, {r.ru_utime + r.ru_stime:.1f} s CPU')
os.makedirs(os.path.join(out, 'search'))
html = open(os.path.join(site, 'search', 'index.html')).read()
import re
merge = ' '.join(f'/pagefind/b{b}/' for b in range(1, n))
html = re.sub(r'data-pagefind-merge="[^"]*"', f'data-pagefind-merge="{merge}"', html)
open(os.path.join(out, 'search', 'index.html'), 'w').write(html)
os.symlink(os.path.join(site, 'static'), os.path.join(out, 'static'))
shutil.rmtree(src)
