using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Model;

namespace StaticMap.Core.Writing;

/// <summary>
/// What Pagefind reads: for each page a reader searches (its &lt;main&gt; carries data-pagefind-body), a small copy
/// that holds only the page's language and the text Pagefind indexes: the main element, without the parts marked
/// data-pagefind-ignore (data tables, notices, duplicate mobile tables) and without scripts, styles and SVG. Pages
/// without data-pagefind-body (print views, the search page, 404, embeds, redirects) are not copied at all.
/// Pagefind then indexes this folder (<c>--site</c>) into the site's pagefind/ folder (<c>--output-path</c>): the
/// URLs, titles, headings with their ids (a result's sections) and languages are those of the site's pages, but
/// Pagefind no longer parses 40,000 files and every chart's data to find them (docs/performance.md).
/// </summary>
public sealed class SearchSource : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private const string BodyMarker = "data-pagefind-body";
    private readonly ConcurrentDictionary<string, bool> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);
    private int _pages;

    public SearchSource(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    /// <summary>A folder of its own outside the site, removed with <see cref="Dispose"/>.</summary>
    public static SearchSource CreateTemporary() =>
        new(Path.Combine(Path.GetTempPath(), $"staticmap-search-{Guid.NewGuid():N}"));

    public string Folder { get; }

    /// <summary>How many pages were handed to the index.</summary>
    public int Pages => _pages;

    /// <summary>Called for every file the build writes (from several threads); copies what Pagefind needs of an indexed page.</summary>
    public void Add(string relativePath, ReadOnlySpan<byte> content)
    {
        // "<plan>/plan.json" is written once for each published plan: the plans whose pages go to their own bucket.
        if (relativePath.EndsWith("/plan.json", StringComparison.Ordinal) && relativePath.IndexOf('/') == relativePath.Length - "/plan.json".Length)
        {
            AddPlan(relativePath[..^"/plan.json".Length]);
            return;
        }
        if (!relativePath.EndsWith(".html", StringComparison.Ordinal)) return;
        if (content.IndexOf("data-pagefind-body"u8) < 0) return;
        var trimmed = Trimmed ??= new ArrayBufferWriter<byte>(64 * 1024);
        trimmed.ResetWrittenCount();
        if (!Trim(content, trimmed) || Problem is not null) return;
        var path = Path.Combine(_route is null ? Folder : BucketFolder(BucketOf(relativePath)), relativePath.Replace('/', Path.DirectorySeparatorChar));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, trimmed.WrittenSpan);
            _hashes[relativePath] = SHA256.HashData(trimmed.WrittenSpan);
            Interlocked.Increment(ref _pages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The site is still written; only search is missing, and the build says why.
            Problem ??= $"the pages for Pagefind could not be written to {Folder}: {ex.Message}";
        }
    }

    /// <summary>A published plan whose pages this build did not write (the build cache took them from the previous site): its bucket still counts it.</summary>
    public void AddPlan(string folder) => _plans.TryAdd(folder, true);

    /// <summary>Where the trimmed pages of a site folder ("alameda-county", "es/alameda-county") are now: in their bucket's folder once <see cref="SearchBundles.Sort"/> moved them.</summary>
    public string PathOf(string relativeFolder) =>
        _moved.GetValueOrDefault(relativeFolder)
        ?? Path.Combine(_route is null ? Folder : BucketFolder(BucketOf(relativeFolder + "/")), relativeFolder.Replace('/', Path.DirectorySeparatorChar));

    private (int Count, IReadOnlySet<string> Plans, IReadOnlySet<string> Languages)? _route;

    /// <summary>
    /// From now on each page goes straight into the folder of its bucket (<see cref="BucketFolder"/>), so that a bucket can
    /// be indexed as soon as its pages are written, while the others are still rendered (<see cref="SearchBundleQueue"/>).
    /// </summary>
    /// <param name="plans">The published plans' folder names.</param>
    /// <param name="languages">The folders of the languages other than the site's ("es").</param>
    public void Route(int bucketCount, IReadOnlySet<string> plans, IReadOnlySet<string> languages)
    {
        _route = (bucketCount, plans, languages);
        foreach (var (folder, deferred) in _deferred) _deferred[folder] = deferred with { Bucket = BucketOf(folder + "/") };
    }

    /// <summary>Whether pages go into their bucket's folder as they are written (<see cref="Route"/>).</summary>
    public bool Routed => _route is not null;

    /// <summary>
    /// The bucket of a site path: a plan's pages ("alameda-county/…", "es/alameda-county/…") are in the plan's bucket
    /// (<see cref="SearchBuckets.Of"/>), every other page in bucket 0. Bucket 0 without <see cref="Route"/>.
    /// </summary>
    public int BucketOf(string relativePath)
    {
        if (_route is not { } route || route.Count <= 1) return 0;
        var slash = relativePath.IndexOf('/');
        if (slash < 0) return 0;
        var first = relativePath[..slash];
        if (route.Languages.Contains(first))
        {
            var next = relativePath.IndexOf('/', slash + 1);
            if (next > 0 && route.Plans.Contains(relativePath[(slash + 1)..next])) return SearchBuckets.Of(relativePath[(slash + 1)..next], route.Count);
        }
        return route.Plans.Contains(first) ? SearchBuckets.Of(first, route.Count) : 0;
    }

    private readonly ConcurrentDictionary<string, Deferred> _deferred = new(StringComparer.Ordinal);

    /// <summary>A folder's trimmed pages where the build cache keeps them, its bucket, and how to make them again from the site's pages.</summary>
    private sealed record Deferred(string Cached, Action TrimAgain, int Bucket);

    /// <summary>
    /// A site folder ("alameda-county", "es/alameda-county") of a plan the build cache takes from the previous site: its
    /// trimmed pages stay where the cache keeps them (<paramref name="cached"/>) and come into their bucket's folder only
    /// when that bucket is indexed again (<see cref="Gather"/>), so an unchanged bucket's pages are not moved at all. When
    /// they cannot be moved (the cache does not hold them), <paramref name="trimAgain"/> hands the folder's pages to
    /// <see cref="Add"/> instead.
    /// </summary>
    public void Defer(string relativeFolder, string cached, Action trimAgain) =>
        _deferred[relativeFolder] = new(cached, trimAgain, BucketOf(relativeFolder + "/"));

    /// <summary>Whether a folder's trimmed pages are still where the cache keeps them (<see cref="Defer"/>: its bucket was not indexed again).</summary>
    public bool IsDeferred(string relativeFolder) => _deferred.ContainsKey(relativeFolder);

    /// <summary>The deferred folders whose pages are in <paramref name="bucket"/>.</summary>
    /// <remarks>The bucket is taken once, when the folder is deferred (a plan's bucket is a SHA-256 of its name: a warm build asks about 1,250 folders for each bucket).</remarks>
    internal IEnumerable<string> DeferredIn(int bucket) => _deferred.Where(d => d.Value.Bucket == bucket).Select(d => d.Key);

    /// <summary>
    /// Brings the deferred folders of <paramref name="bucket"/> (of every bucket when null) into the source, before Pagefind
    /// reads the bucket or its pages are hashed: each moved from the cache, else its pages trimmed again. Safe to call for
    /// several buckets at once; a folder comes in once.
    /// </summary>
    internal void Gather(int? bucket = null)
    {
        foreach (var folder in bucket is { } b ? DeferredIn(b).ToList() : [.. _deferred.Keys])
        {
            if (!_deferred.TryRemove(folder, out var deferred)) continue;
            var path = PathOf(folder);
            if (Directory.Exists(deferred.Cached) && FolderMove.TryMove(deferred.Cached, path)) continue;
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
            deferred.TrimAgain();
        }
    }

    /// <summary>Notes that <see cref="SearchBundles.Sort"/> moved a site folder's trimmed pages to <paramref name="path"/>.</summary>
    internal void Moved(string relativeFolder, string path) => _moved[relativeFolder] = path;

    private readonly ConcurrentDictionary<string, string> _moved = new(StringComparer.Ordinal);

    /// <summary>The published plans' folder names, as their plan.json was written (or <see cref="AddPlan"/> said).</summary>
    public IReadOnlyCollection<string> Plans => [.. _plans.Keys];

    /// <summary>The SHA-256 of a page copied here, by its site-relative path ("a/b/index.html"), or null when it was not handed to <see cref="Add"/>.</summary>
    public byte[]? HashOf(string relativePath) => _hashes.GetValueOrDefault(relativePath);

    /// <summary>A folder beside <see cref="Folder"/> for one bucket's pages (<see cref="SearchBundles"/>), removed with <see cref="Dispose"/>.</summary>
    public string BucketFolder(int bucket) => bucket == 0 ? Folder : $"{Folder}.b{bucket}";

    /// <summary>Why the index cannot be built from this folder (the temporary folder could not be written), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Each writing thread's buffer for the trimmed copy (<see cref="Add"/>), kept between pages.</summary>
    [ThreadStatic] private static ArrayBufferWriter<byte>? Trimmed;

    /// <summary>The page (as text) reduced as <see cref="Trim(ReadOnlySpan{byte}, ArrayBufferWriter{byte})"/> reduces its UTF-8 bytes, or null when it has no indexed main element.</summary>
    public static string? Trim(string html)
    {
        var trimmed = new ArrayBufferWriter<byte>();
        return Trim(Utf8NoBom.GetBytes(html), trimmed) ? Utf8NoBom.GetString(trimmed.WrittenSpan) : null;
    }

    /// <summary>
    /// Writes the page reduced to &lt;html lang&gt; and its indexed main element into <paramref name="text"/>, or returns
    /// false when the page has none. The markup is StaticMap's own (well-formed, attributes quoted), so a scan of its tags is
    /// enough, and it is made over the page's UTF-8 bytes as written: every character a tag is found by (<c>&lt;</c>,
    /// <c>&gt;</c>, <c>/</c>, a tag's name, the attribute) is ASCII, and no byte of a multi-byte character is an ASCII one, so
    /// the words between tags are copied byte for byte, never decoded (docs/performance.md, "coldsvg").
    /// </summary>
    public static bool Trim(ReadOnlySpan<byte> html, ArrayBufferWriter<byte> text)
    {
        var marker = html.IndexOf("data-pagefind-body"u8);
        if (marker < 0) return false;
        var mainStart = html[..marker].LastIndexOf("<main"u8);
        var mainEnd = html[marker..].IndexOf("</main>"u8);
        if (mainStart < 0 || mainEnd < 0) return false;
        mainEnd += marker;
        var htmlTag = html.IndexOf("<html"u8);
        var htmlTagEnd = htmlTag < 0 ? -1 : html[htmlTag..].IndexOf((byte)'>');
        text.Write("<!DOCTYPE html>\n"u8);
        text.Write(htmlTagEnd >= 0 ? html.Slice(htmlTag, htmlTagEnd + 1) : "<html>"u8);
        text.Write("<head><meta charset=\"utf-8\"></head><body>"u8);
        CopyIndexed(html[..(mainEnd + "</main>".Length)], mainStart, text);
        text.Write("</body></html>\n"u8);
        return true;
    }

    /// <summary>Copies html[start..], leaving out each element marked data-pagefind-ignore and each script, style and svg.</summary>
    private static void CopyIndexed(ReadOnlySpan<byte> html, int start, ArrayBufferWriter<byte> text)
    {
        var i = start;
        var end = html.Length;
        while (i < end)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0) { text.Write(html[i..]); break; }
            lt += i;
            text.Write(html[i..lt]);
            var gt = html[lt..].IndexOf((byte)'>');
            if (gt < 0) { text.Write(html[lt..]); break; }
            gt += lt;
            var tag = html[lt..(gt + 1)];
            var name = TagName(tag);
            if (name.Length > 0 && tag[1] != '/' && tag[1] != '!' && Skipped(name, tag))
            {
                i = tag[^2] == '/' || IsVoid(name) ? gt + 1 : AfterElement(html, gt + 1, name);
                text.Write(" "u8); // the words on either side stay apart, as they were on the page
                continue;
            }
            text.Write(tag);
            i = gt + 1;
        }
    }

    private static bool Skipped(ReadOnlySpan<byte> name, ReadOnlySpan<byte> tag) =>
        name.SequenceEqual("script"u8) || name.SequenceEqual("style"u8) || name.SequenceEqual("svg"u8) || name.SequenceEqual("template"u8)
        || tag.IndexOf(" data-pagefind-ignore"u8) >= 0;

    private static ReadOnlySpan<byte> TagName(ReadOnlySpan<byte> tag)
    {
        var s = tag[1] == '/' ? 2 : 1;
        var e = s;
        while (e < tag.Length && (char.IsAsciiLetterOrDigit((char)tag[e]) || tag[e] == '-')) e++;
        return tag[s..e];
    }

    private static bool IsVoid(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("area"u8) || name.SequenceEqual("base"u8) || name.SequenceEqual("br"u8) || name.SequenceEqual("col"u8)
        || name.SequenceEqual("embed"u8) || name.SequenceEqual("hr"u8) || name.SequenceEqual("img"u8) || name.SequenceEqual("input"u8)
        || name.SequenceEqual("link"u8) || name.SequenceEqual("meta"u8) || name.SequenceEqual("source"u8) || name.SequenceEqual("track"u8)
        || name.SequenceEqual("wbr"u8);

    /// <summary>The index just after the end tag that closes an element named <paramref name="name"/> opened before <paramref name="from"/>; html's end when none does.</summary>
    private static int AfterElement(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> name)
    {
        var end = html.Length;
        if (name.SequenceEqual("script"u8) || name.SequenceEqual("style"u8))
        {
            // "</script" or "</style", as the text scan looked for it.
            var close = -1;
            for (var at = from; at < end;)
            {
                var found = html[at..].IndexOf("</"u8);
                if (found < 0) break;
                found += at;
                if (html[(found + 2)..].StartsWith(name)) { close = found; break; }
                at = found + 2;
            }
            if (close < 0) return end;
            var closeGt = html[close..].IndexOf((byte)'>');
            return closeGt < 0 ? end : Math.Min(end, close + closeGt + 1);
        }
        var depth = 1;
        var i = from;
        while (i < end)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0) return end;
            lt += i;
            var gt = html[lt..].IndexOf((byte)'>');
            if (gt < 0) return end;
            gt += lt;
            var tag = html[lt..(gt + 1)];
            if (tag.Length > 2 && TagName(tag).SequenceEqual(name))
            {
                if (tag[1] == '/') { if (--depth == 0) return gt + 1; }
                else if (tag[^2] != '/') depth++;
            }
            i = gt + 1;
        }
        return end;
    }

    /// <summary>
    /// Deletes one bucket's trimmed pages once its bundle is built (<see cref="SearchBundleQueue"/>, a build without the
    /// build cache); <see cref="Dispose"/> deletes what is left. A bucket's pages are all written before it is indexed.
    /// </summary>
    public void Discard(int bucket)
    {
        if (_route is null) return;
        try { Directory.Delete(BucketFolder(bucket), recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(Folder)!;
        var buckets = Directory.Exists(parent) ? Directory.GetDirectories(parent, Path.GetFileName(Folder) + ".b*") : [];
        foreach (var folder in buckets.Prepend(Folder))
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
    }
}
